# sorting with complex keys and multi-pass sorts
rows = [
    {'name': 'widget', 'price': 2.5, 'qty': 10},
    {'name': 'gadget', 'price': 10.0, 'qty': 3},
    {'name': 'doohickey', 'price': 2.5, 'qty': 7},
    {'name': 'thing', 'price': 0.99, 'qty': 100},
]
for r in sorted(rows, key=lambda r: (r['price'], -r['qty'])):
    print(r['name'], r['price'], r['qty'])
print([r['name'] for r in sorted(rows, key=lambda r: r['price'] * r['qty'], reverse=True)])
s = sorted(rows, key=lambda r: r['name'])
s.sort(key=lambda r: r['price'])
print([r['name'] for r in s])
print(sorted(['a10', 'a2', 'a1', 'b1'], key=lambda x: (x[0], int(x[1:]))))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True))
print(sorted(range(-5, 6), key=lambda x: (x * x, x)))
print(sorted('Hello World', key=lambda c: (c.lower(), c)))
print(sorted([[3, 1], [2], [3, 0], []]))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted(['b', 'A', 'a', 'B'], key=str.upper), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))
class Item:
    def __init__(self, n, w):
        self.n, self.w = n, w
    def __lt__(self, o):
        return self.w < o.w
items = [Item('x', 3), Item('y', 1), Item('z', 2), Item('w', 1)]
print([i.n for i in sorted(items)], [i.n for i in sorted(items, reverse=True)])
print(max(items).n, min(items).n)
