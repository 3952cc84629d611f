# table output using format specs
rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 3.75), ('kiwi', 0, 10.0)]
header = '{:<10}{:>6}{:>10}{:>12}'.format('item', 'qty', 'price', 'total')
print(header)
print('-' * len(header))
grand = 0
for name, q, p in rows:
    t = q * p
    grand += t
    print('{:<10}{:>6d}{:>10.2f}{:>12.2f}'.format(name, q, p, t))
print('=' * len(header))
print('{:<26}{:>12.2f}'.format('TOTAL', grand))
for name, q, p in rows:
    print(f'{name:.<12}{q:.>5}')
print('|'.join(f'{i:^5}' for i in range(5)))
print('|'.join('{:>4}'.format(i * i) for i in range(8)))
for i in range(1, 4):
    print(' '.join('%3d' % (i * j) for j in range(1, 10)))
print('%-8s|%8s|' % ('left', 'right'))
for v in (0, 5, 50, 100):
    bar = '#' * (v // 10)
    print(f'{v:3d}% [{bar:<10}]')
