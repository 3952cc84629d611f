# complex numbers in expressions, containers, formatting and conversions
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z == 3 + 4j, z != w)
print(z.real, z.imag, z.conjugate(), type(z).__name__, type(z.real).__name__)
acc = 0j
for k in range(1, 5):
    acc += complex(k, -k) * 1j
print(acc)
acc *= 2
acc -= 1
acc /= 2j
print(acc)
print(z ** 2, z ** -1, z ** 0, 2 ** z == 2 ** z, (1j) ** 2, (1j) ** 3, (1j) ** 4)
print([complex(i, i) for i in range(3)], {1j, 1j, 2j} == {2j, 1j}, sorted([3j, 1j, 2j], key=abs))
print('%s %r' % (z, w), '{} {!r}'.format(z, w), f'{z}', str(z), repr(w))
print(complex('12'), complex('-1.5e2j'), complex('+1-1j'), complex('(0.5+0.25j)'), complex(' 7J '))
for bad in ('1+', 'j1', '1+2', '(1+2j', '', ' ', '1 + 2j', 'nanjj'):
    try:
        complex(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
for op in ('<', '>', '<=', '>=', '//', '%'):
    try:
        eval('z %s w' % op)
    except TypeError:
        print('TypeError', op)
for conv in (int, float):
    try:
        conv(z)
    except TypeError:
        print('TypeError', conv.__name__)
try:
    1 / 0j
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError')
class C:
    def __complex__(self):
        return 5j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()), complex(1j, 2), complex(2, 1j), complex(1j, 1j))
print(hash(2 + 0j) == hash(2), hash(0.5 + 0j) == hash(0.5), {1: 'a'}[1 + 0j], 1 + 0j in {1})
print(bool(0j), bool(-0j), bool(1e-10j), not 0j, 0j or 'empty')
print(True * 1j, False + 1j, 1j * True, 2.5 * 2j, 1j / 2, 4 / 2j, 2 - 1j, 1.5 + 1j)
print(sum([1j, 2, 3.5, 4j]), max([1, 2]) * 1j, divmod(7, 2)[0] * 1j)
print(-8 ** (1/3), round(abs((-8) ** (1/3)), 6), (-1) ** 0.5 == complex(6.123233995736766e-17, 1))
print(complex.__name__, isinstance(1j, complex), isinstance(1, complex), complex(True), complex(-0.0))
