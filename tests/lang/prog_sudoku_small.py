# backtracking solver for a 4x4 sudoku and an 8-queens count
grid = [
    [1, 0, 0, 0],
    [0, 0, 3, 0],
    [0, 4, 0, 0],
    [0, 0, 0, 2],
]
def ok(g, r, c, v):
    if v in g[r]:
        return False
    if any(g[i][c] == v for i in range(4)):
        return False
    br, bc = r // 2 * 2, c // 2 * 2
    return all(g[br + i][bc + j] != v for i in range(2) for j in range(2))
def solve(g):
    for r in range(4):
        for c in range(4):
            if g[r][c] == 0:
                for v in range(1, 5):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid))
for row in grid:
    print(' '.join(map(str, row)))
def queens(n):
    count = 0
    first = None
    cols, d1, d2 = set(), set(), set()
    placed = []
    def place(r):
        nonlocal count, first
        if r == n:
            count += 1
            if first is None:
                first = list(placed)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); placed.pop()
    place(0)
    return count, first
print([queens(n)[0] for n in range(1, 8)], queens(6)[1])
