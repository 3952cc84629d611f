# lists as stacks, queues, matrices and ring buffers
stack = []
for tok in '3 4 + 2 * 7 -'.split():
    if tok in '+-*':
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == '+' else a - b if tok == '-' else a * b)
    else:
        stack.append(int(tok))
print(stack)
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)
ring = [None] * 4
head = 0
for v in range(7):
    ring[head % 4] = v
    head += 1
print(ring, [ring[(head + i) % 4] for i in range(4)])
m = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        m[r][c] = r * c
print(m, [sum(r) for r in m], [sum(c) for c in zip(*m)])
def rotate(mat):
    return [list(r) for r in zip(*mat[::-1])]
print(rotate([[1, 2], [3, 4]]), rotate(rotate([[1, 2], [3, 4]])))
flat = [v for row in m for v in row]
print(flat, [flat[i:i + 4] for i in range(0, len(flat), 4)] == m)
sparse = [0] * 10
for i, v in [(2, 5), (7, 1)]:
    sparse[i] = v
print([(i, v) for i, v in enumerate(sparse) if v])
lst = list(range(10))
lst[2:8] = lst[2:8][::-1]
print(lst)
