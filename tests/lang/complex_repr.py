# repr/str of complex values: signs, zeros, infinities, nans, exponents
inf = float('inf'); nan = float('nan')
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(0, 1),
        complex(1.5, -2.5), complex(-1, 1), complex(1e16, 1), complex(1e-5, 1e22), complex(inf, -inf),
        complex(nan, 1), complex(1, nan), complex(-inf, 0), complex(123456789.125, 0.1),
        complex(2 ** 53, -2 ** 53), complex(1 / 3, 2 / 3), complex(5e-324, -5e-324)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print(1j, -1j, 2j * 2, 0j, -0j, +0j, (0 + 0j), 3 + 0j, 0.5j, 1e10j, 1e-10j, [1j, -1j], (1j,), {1j: 1j})
print('%s|%r|%s' % (1 + 1j, 2 - 2j, 0j), '{}'.format(-1j), f'{1+2j}', format(3j), format(3j, ''))
