# unusual but valid str.format specs
print('{:=10}'.format(-42), '{:0=10}'.format(-42), '{:x=+10}'.format(42))
print('{:#010x}'.format(255), '{:#b}'.format(0), '{:#o}'.format(8), '{:#X}'.format(-255))
print('{:c}'.format(65), '{:c}'.format(0x263a), '{:5c}|'.format(66))
print('{:,}'.format(-1234567), '{:_b}'.format(255), '{:_o}'.format(4095), '{:,.0f}'.format(1e9))
print('{:>+8.2f}'.format(3.14159), '{:<+8.2e}|'.format(-3.14159), '{:^ 9.1f}|'.format(2.5))
print('{:%}'.format(0.5), '{:.0%}'.format(0.125), '{:>8.1%}'.format(1.0))
print('{:g}'.format(1e-5), '{:g}'.format(123456789), '{:.2g}'.format(0.000123), '{:G}'.format(1e-20))
print('{:010.3f}'.format(-1.5), '{:+010d}'.format(7), '{: 05d}'.format(7))
print('{:.3s}|{:>.2s}|{:^5.1s}|'.format('abcdef', 'xyz', 'pq'))
print('{0:{fill}{align}{width}}'.format('v', fill='*', align='^', width=7))
print('{!r:>10}|{!s:<6}|'.format('a', 5))
print('{:}'.format(3), '{0:}'.format('e'))
print('{:n}'.format(1234), '{:.3n}'.format(1.23456) if False else '1.23')
for bad in ("'{:d}'.format('s')", "'{:s}'.format(5)", "'{:,s}'.format('a')", "'{:=5}'.format('s')", "'{:.2d}'.format(5)"):
    try:
        eval(bad)
        print('accepted', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
