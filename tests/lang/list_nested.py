# nested lists / matrices
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(m)] for i in range(n)]

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
t = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])]
print(t)
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
for row in grid:
    print("".join(row))
