# builtin methods used as values: bound and unbound
lst = []
add = lst.append
for i in range(3):
    add(i * i)
print(lst)
up = "hello".upper
print(up(), str.upper("abc"), str.join("-", ["a", "b"]), list.count([1, 1, 2], 1))
d = {"a": 1}
get = d.get
print(get("a"), get("z", 0))
print(list(map(str.strip, [" a ", "b  "])), sorted(["b", "A", "c"], key=str.lower))
pop = lst.pop
print(pop(), pop(0), lst)
s = set()
adder = s.add
for w in "abcab":
    adder(w)
print(sorted(s))
m = {}.setdefault
print(m("k", []), callable(m))
