# complex numbers arithmetic and attributes
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, -z, +z)
print(abs(z), z.real, z.imag, z.conjugate(), z == complex(3, 4))
print(z ** 2, (1j) ** 2, 2 * z, z * 0.5, z + 1, 1 - z)
print(complex(0, 0) == 0, complex(2, 0) == 2, 1j * 1j == -1)
print(repr(1j), repr(-1j), repr(complex(1.5, -0.5)), repr(0j), repr(complex(-0.0, 1)))
print(str(complex(1e20, 1e-5)), complex('1-2j'), complex('5j'), complex(' 7 '))
try:
    z < w
except TypeError:
    print('TypeError ordering')
try:
    1 / complex(0, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
import cmath
print(round(cmath.phase(1j), 12), [round(v, 9) for v in cmath.polar(z)])
r = cmath.rect(2, 0)
print(r, cmath.sqrt(-4), cmath.exp(0))
print(hash(complex(5, 0)) == hash(5), {1 + 0j: 'x'}[1])
