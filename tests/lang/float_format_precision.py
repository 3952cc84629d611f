# float formatting at high precision and extreme magnitudes
vals = [0.1, 1 / 3, 2 ** 0.5, 1e300, 1.5e-300, 123456789.987654321, 5e-324, 1.7976931348623157e308]
for v in vals:
    print('%.30f' % v if v < 1e20 else '%.3f' % v)
    print('%.25e' % v, '%.17g' % v, '%.0e' % v)
print('%.50f' % 0.1)
print(format(1e300, 'f')[:40], len(format(1e300, 'f')))
print(format(2 ** 0.5, '.40f'), format(1 / 3, '.20e'))
print('{:.60f}'.format(1 / 7))
print(format(1e22, 'f'), format(1e23, 'f'), format(9.999999999999999e22, 'f'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(1e-7, '.3f'))
print(format(123.456, '.0e'), format(9.5, '.0e'), format(0.00095, '.1e'))
print(format(1234.5, '.2g'), format(1250, '.2g'), format(0.000012345, '.3g'))
print(round(1.23456789e-5, 8), round(123.456, 10), round(5e-324, 5), round(1e300, -299))
