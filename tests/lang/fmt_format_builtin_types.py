# format() builtin and __format__ on various types
print(format(5), format('s'), format(2.5), format(None) if True else '', format([1]))
print(format(10, ''), format('abc', ''), format(1.0, ''))
print(format('abc', '>5'), format('abc', '.1'), format('abc', '^7'))
print(format(True), format(True, 'd'), format(False, '>6'))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, 'usd'), format(m, '.1f'), '{:usd}'.format(m), f'{m:usd} {m:>8.3f}')
class Plain:
    def __str__(self):
        return 'plain-str'
print(format(Plain()), '{}'.format(Plain()), f'{Plain()}', f'{Plain()!s:>12}')
try:
    format(Plain(), 'x')
except TypeError:
    print('TypeError non-empty spec')
print(format(255, 'x'), format(255, 'X'), format(255, '#010b'), format(-1, 'b'))
print(format(1e6, ''), format(1e16, ''), format(123.0, ''), format(1 / 3, ''))
print(format(0.1, '.20f'), format(2 ** 0.5, '.15f'))
print(format(12345.6789, 'e'), format(12345.6789, '.0e'), format(0.0, 'e'))
