# format() of floats across many specs
vals = [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e-5, 6.02e23, 0.5, 1.5, 2.5, 100.0]
specs = ['', 'f', '.0f', '.2f', '.3e', 'e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10.1f', '^10.1f', '+.2f', ' .2f', '010.3f', ',.2f', '.10g', 'n']
for v in vals:
    print(repr(v), [format(v, s) for s in specs if s != 'n'])
for s in ('inf', '-inf', 'nan'):
    v = float(s)
    print(format(v, 'f'), format(v, '.2e'), format(v, '10'), format(v, 'F'), format(v, 'G'))
print(format(1e16, 'g'), format(1e-5, 'g'), format(123456789.0, 'g'), format(0.0001, 'g'))
print(format(2.675, '.2f'), format(0.125, '.2f'), format(0.375, '.2f'))
print('%.3f|%10.2e|%-8.1f|%g|%G|%e' % (1.0005, 12345.6789, 2.25, 1e-10, 1e20, 0.0))
print('%5.1f%%' % 99.56, '%+.0f' % 2.5, '%.0f' % 3.5)
print(format(1234.5, '_.1f') if True else '')
