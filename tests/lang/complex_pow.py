# complex powers: integral exponents exact, others via polar form
def r(z):
    return complex(round(z.real, 10), round(z.imag, 10))
for base in (1j, 1 + 1j, 2 - 3j, -1, -1 + 0j, 0.5j):
    print(base, [r(base ** n) for n in range(-3, 6)])
print(r((1 + 1j) ** 0.5), r((1 + 1j) ** (1 + 1j)), r(2 ** 1j), r(1j ** 1j), r(1j ** 0.5), r(4 ** 0.5j))
print((1 + 2j) ** 0, 0j ** 0, 0j ** 2, 0j ** 1.5, pow(1j, 2), pow(2, 1j) == 2 ** 1j)
for bad in ((0j, -1), (0j, 1j), (0, -1 + 0j), (0j, -2.5)):
    try:
        bad[0] ** bad[1]
        print('no error', bad)
    except ZeroDivisionError:
        print('ZeroDivisionError', bad)
print(r((-8) ** (1 / 3)), r((-2.0) ** 0.5), r((-1) ** 1.5), (-4) ** 2, (-4.0) ** 2.0, (-8) ** -1)
acc = 1 + 0j
for _ in range(10):
    acc *= (1 + 1j) / abs(1 + 1j)
print(r(acc))
x = 2j
x **= 3
print(x)
