# matrix operations with lists: multiply, transpose, determinant, inverse via fractions-like ints
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        e >>= 1
    return r
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[1, 0, 2], [0, 1, 0], [3, 0, 1]]
print(mat_mul(A, B))
print(transpose(A))
print(det(A), det(B), det(mat_mul(A, B)) == det(A) * det(B))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
print(mat_mul(identity(3), A) == A)
def show(m):
    w = max(len(str(v)) for r in m for v in r)
    for r in m:
        print(' '.join(str(v).rjust(w) for v in r))
show(mat_mul(A, A))
def solve(m, v):
    n = len(m)
    aug = [[float(x) for x in row] + [float(b)] for row, b in zip(m, v)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        for r in range(n):
            if r != c:
                f = aug[r][c] / aug[c][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [round(aug[i][n] / aug[i][i], 9) for i in range(n)]
print(solve(A, [14, 32, 53]))
