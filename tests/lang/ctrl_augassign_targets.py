# augmented assignment to subscripts and attributes evaluates the target once
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [10, 20, 30]
lst[idx(1)] += 5
print(lst, calls)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 10
print(d)
class O:
    pass
o = O()
o.x = 1
o.x += 41
o.s = "a"
o.s *= 3
print(o.x, o.s)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][idx(1)] -= 2
print(m, calls)
t = (1, 2)
t += (3,)
print(t)
a = b = []
a += [1]
print(a, b, a is b)
s = "x"
u = s
s += "y"
print(s, u)
