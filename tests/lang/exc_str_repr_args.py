# str/repr of exceptions the program raises itself
cases = [ValueError(), ValueError('one'), ValueError('a', 'b'), ValueError(5), KeyError('k'), KeyError(),
         IndexError('idx'), RuntimeError(None), TypeError(''), Exception([1, 2])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
class Custom(Exception):
    def __str__(self):
        return 'custom:' + ','.join(map(str, self.args))
print(str(Custom(1, 2)), repr(Custom(1, 2)))
class Msg(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
m = Msg('boom', 7)
print(str(m), m.args, m.code)
try:
    raise Msg('x', 1)
except Msg as e:
    print('%s [%d]' % (e, e.code))
print('{}'.format(ValueError('fmt')), f'{KeyError("kk")}', '%s' % (IndexError('p'),))
