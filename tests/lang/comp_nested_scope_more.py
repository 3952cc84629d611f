# comprehension scoping with closures, class bodies and iterables evaluated in outer scope
def f(n):
    return [[(i, j) for j in range(i)] for i in range(n)]
print(f(4))
x = 10
print([x + i for i in range(3)])
def g():
    y = 5
    return {k: [y * k for _ in range(2)] for k in range(3)}
print(g())
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(C.doubled)
def h():
    funcs = [lambda i=i: i * i for i in range(4)]
    return [fn() for fn in funcs]
print(h())
def outer_var_in_iter():
    limit = 4
    return [i for i in range(limit) if i < limit - 1]
print(outer_var_in_iter())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
def gen_in_comp():
    return [list(c for c in word) for word in ('ab', 'cd')]
print(gen_in_comp())
acc = []
res = [acc.append(i) or i for i in range(3)]
print(res, acc)
print([i for i in range(3)] == list(range(3)))
print([[j for j in range(i, i + 2)] for i in range(0, 6, 2)])
