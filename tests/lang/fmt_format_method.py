# str.format field forms
print('{} {} {}'.format(1, 'a', None))
print('{0} {1} {0}'.format('x', 'y'))
print('{a} {b} {a}'.format(a=1, b=2))
print('{0[1]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3))
class P:
    x = 'px'
    def __init__(self):
        self.y = 'py'
print('{0.x} {0.y} {p.y}'.format(P(), p=P()))
print('{!r} {!s}'.format('q', 'q'), '{0!r:>8}'.format('q'))
print('{{literal}} {}'.format('v'), '{{}}'.format())
print('{:>6}|{:<6}|{:^6}|{:*^7}'.format('ab', 'ab', 'ab', 'ab'))
print('{:d} {:5d} {:05d} {:+d} {:x} {:#b}'.format(42, 42, 42, 42, 42, 5))
print('{:.2f} {:8.3f} {:e} {:.1%} {:g}'.format(3.14159, 2.5, 1234.5, 0.256, 1e-6))
print('{:,} {:_} {:,.2f}'.format(1234567, 1234567, 1234567.891))
w, p = 10, 3
print('{:{w}.{p}f}|{:>{w}}'.format(3.14159, 'r', w=w, p=p))
print('{0:{1}}|'.format('nest', 8))
print('{:=+8d}|{:=8d}'.format(42, -42))
print('{}'.format([1, 'a']), '{}'.format((1,)), '{}'.format({'k': 1}))
for bad in ("'{'.format(1)", "'{0} {}'.format(1, 2)", "'{1}'.format(0)", "'{x}'.format(y=1)"):
    try:
        eval(bad)
        print('no error', bad)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__)
print('{:s}'.format('plain'), '{:10s}|'.format('pad'), format('x', '>3'))
