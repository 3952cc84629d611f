x = 5; name = 'kiln'
print(f'{x=}', f'{x*2=}', f'{name!r:>8}', f'{x:{x}d}|', f'{"nested"}', f'{{x}}', f'{x!s:<3}|', f'{3.14159:.{x - 3}f}')
print(f'{x = }', f'{name=!s}')
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap
@deco('<')
@deco('>')
def val(): return 1
print(val())
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
g = 0
def setg():
    global g
    def inner():
        global g
        g += 1
    inner(); inner()
setg(); print(g)
calls = []
def v(n): calls.append(n); return n
print(v(1) < v(2) < v(0) < v(3), calls)
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print([i for i in range(10) if i % 2 if i % 3], [(a, b) for a in range(3) for b in range(a)])
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], list(zip(*matrix)))
a, b = b, a = 1, 2
print(a, b)
i = j = k = 0
print(i, j, k)
t = 1,
print(t, (1), ())
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1, 7 // -2, -7 % 3, 7 % -3, divmod(-7, 2), 1 if 0 else 2 if 0 else 3)
print(0 or [] or 'x', 1 and 2 and 0, None is None is not False)
print(int('0b101', 0), int('0o17', 0), int(' 42 '), int('-0x1f', 16), 0b1_0, 1_000, 0x_ff)
print(type(...), ..., Ellipsis is ..., NotImplemented)
while True:
    break
else:
    print('no')
for q in []:
    pass
else:
    print('for-else')
try:
    pass
except Exception:
    pass
else:
    print('try-else')
print(max([3, 1, 2], key=lambda v: -v), min('bca'), max(1, 2, 3), min([], default='empty'), sum([0.1] * 10), sum([[1], [2]], []))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, '', 'a'])), list(enumerate('ab', 1)), list(zip('ab', range(5))))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), any([]), all([]), abs(-3.5), round(-2.5), pow(3, 4, 5), pow(2, -1, 5))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, (str, int)), callable(print), id(1) == id(1))
print(repr('a\'b"c'), repr("it's"), ascii('é') if False else '', str(b'x'), chr(0x1F600).encode(), ord('€'), hex(-255), oct(8), bin(-5))
print(pow(2, -1, 5), pow(3, -2, 7), pow(2, -1, -5), pow(-3, -1, 7), pow(38, -1, 97), pow(2**70 + 1, -3, 10**9 + 7), pow(5, -1, 1))
try: pow(2, -1, 4)
except ValueError as e: print('ValueError', e)
