# array: integer typecodes at their limits (host C sizes, as CPython)
from array import array


def check(tc, v):
    try:
        print(tc, v, array(tc, [v])[0] == v)
    except OverflowError:
        print(tc, v, 'OverflowError')


limits = {
    'b': (-2 ** 7, 2 ** 7 - 1),
    'B': (0, 2 ** 8 - 1),
    'h': (-2 ** 15, 2 ** 15 - 1),
    'H': (0, 2 ** 16 - 1),
    'i': (-2 ** 31, 2 ** 31 - 1),
    'I': (0, 2 ** 32 - 1),
    'q': (-2 ** 63, 2 ** 63 - 1),
    'Q': (0, 2 ** 64 - 1),
}
for tc, (lo, hi) in limits.items():
    for v in (lo, hi, lo - 1, hi + 1, 0, 2 ** 100, -2 ** 100):
        check(tc, v)
bits = array('l').itemsize * 8
for v in (2 ** (bits - 1) - 1, -2 ** (bits - 1), 2 ** (bits - 1), 2 ** bits - 1, 2 ** bits, -1):
    check('l', v)
    check('L', v)
q = array('Q', [2 ** 64 - 1, 2 ** 63, 1])
print(q, sum(q), q[0] + 1, q.tolist())
p = array('q', [-2 ** 63, 2 ** 63 - 1])
print(p, p[0] - 1)
u = array('I', [4294967295])
print(u, u[0], u * 2)
a = array('b', [1, 2, 3])
try:
    a.extend([4, 500, 6])
except OverflowError:
    print('overflow', a)
try:
    a.fromlist([7, 500])
except OverflowError:
    print('overflow', a)
try:
    a[0] = -129
except OverflowError:
    print('overflow', a)
try:
    a.insert(0, 128)
except OverflowError:
    print('overflow', a)
print(array('B', [True]), array('Q', [False]))


class MyInt(int):
    pass


print(array('h', [MyInt(300)]), array('Q', [MyInt(2 ** 64 - 1)]))
