vals = [0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan'), -0.0, 0.1, 2/3, 100.0, 5e-324]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.0f', '.1e', '.3g', '10.2f', '<10.1f', '>12.3e', '^15g', '+.2f', ' .2f', '-.2f', '010.3f', '#.0f', '#g', '#.3g', ',.2f', '_.2f', ',', '.10g', '.20f', '=+12.1f', '*^12.2f', 'n', '.0%', '.2%', '08.2e', '.0e', '#.0e', '.17g', '.1f']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append('ERR')
    print(v, out)
print(format(12345, ','), format(-12345, '_'), format(255, '#x'), format(255, '08b'), format(3, '.2f'), format(7, '%'), format(10, 'e'), format(1234567, ',.2f'))
print('{:.3}'.format(3.14159), '{:10}'.format(2.5), '{:<8}|'.format(1.0), '{0:g}'.format(1e-5), '{:.2e}'.format(0))
print(str(1e16), str(1e15), repr(1.0e-5), repr(123456789012345678.0), 1/3, 2.5e-300*1e-10)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(5, -1), round(15, -1))
print(float('1_000.5'), float(' -3.5e2 '), float('infinity'), float('-NaN'), 1e308*10, -1e308*10)
