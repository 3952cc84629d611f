# complex values inside containers, comprehensions and builtins
zs = [3 + 4j, 1j, -2, 0.5 - 0.5j, 0j]
print(sorted(zs, key=abs), max(zs, key=abs), min(zs, key=lambda z: (z.real, z.imag)))
print(sum(zs), sum(z.conjugate() for z in zs), [z * 1j for z in zs], {abs(z) for z in zs})
print(list(map(complex, [1, 2.5, '3j'])), [z.real for z in zs], tuple(z.imag for z in zs))
print(str(zs), repr(tuple(zs[:2])), {1j: 'i', 2: 'two'}, [complex(i, -i) for i in range(3)])
try:
    sorted(zs)
except TypeError:
    print('TypeError unorderable')
import json
try:
    json.dumps(1j)
except TypeError:
    print('TypeError json')
print('%s and %r' % (1 + 1j, -1j), '{0} {0!r}'.format(2j), f'{1j!s}', str(1j).upper())
print(zs.index(1j), zs.count(0j), 1j in zs, (0 + 1j) in set(zs), [z for z in zs if z], any(zs), all(zs))
