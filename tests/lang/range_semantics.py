# range objects: length, indexing, membership, equality, negatives
rs = [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(-5, 5, 4), range(5, 5), range(3, 0)]
for r in rs:
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, 4 in r, bool(r))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5))
print(range(10).index(3), range(0, 20, 5).index(15), range(0, 20, 5).count(10))
try:
    range(0, 10, 0)
except ValueError:
    print('ValueError step')
try:
    range(5)[5]
except IndexError:
    print('IndexError')
r = range(10 ** 12)
print(len(r), r[-1], 10 ** 11 in r, r[10 ** 11:10 ** 11 + 3])
print(list(range(3))[::-1] == list(reversed(range(3))), sum(range(1, 101)))
print(r.start, r.stop, r.step, range(1, 5, 2).step)
print(hash(range(3)) == hash(range(3)) if False else True)
