# idioms with zip/enumerate/iter: pairwise, chunking, transpose, interleave
xs = [1, 4, 9, 16, 25]
print([b - a for a, b in zip(xs, xs[1:])])
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk
print(list(chunks(range(10), 3)), list(chunks('', 2)))
print(list(zip(*[iter(range(9))] * 3)))
grid = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*grid)])
a, b = 'ace', 'bdf'
print(''.join(x + y for x, y in zip(a, b)))
for i, (x, y) in enumerate(zip('ab', 'cd'), 1):
    print(i, x, y)
names = ['x', 'y', 'z']
vals = [10, 20, 30]
print(dict(zip(names, vals)), {n: i for i, n in enumerate(names)})
print(max(enumerate(vals), key=lambda p: p[1]), min(zip(vals, names)))
idx = [i for i, v in enumerate('banana') if v == 'a']
print(idx)
it = iter([1, 2, 3, 4, 5])
print(next(it), [v for v in it if v % 2])
print(list(enumerate(zip('ab', range(2)))))
