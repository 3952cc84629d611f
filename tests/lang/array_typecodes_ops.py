# array module: typecodes, conversions, arithmetic on elements
from array import array
for tc, vals in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]),
                 ('i', [-2 ** 31, 2 ** 31 - 1]), ('I', [2 ** 32 - 1]), ('l', [-5]), ('L', [5]),
                 ('q', [-2 ** 63]), ('Q', [2 ** 64 - 1]), ('f', [0.5, -1.25]), ('d', [0.1, 1e300])]:
    a = array(tc, vals)
    print(tc, a.itemsize if hasattr(a, 'itemsize') else '', list(a), len(bytes(a)))
a = array('i', range(10))
print(sum(a), max(a), a[3], a[-1], list(a[2:5]), list(a[::3]))
a[0] = 100
a.append(11)
a.extend([12, 13])
a.extend(array('i', [14]))
print(list(a), len(a))
print(array('B', b'\x01\x02\x03'), array('b', [1, -1]) == array('b', [1, -1]))
for bad in [('B', [256]), ('b', [-129]), ('H', [-1])]:
    try:
        array(*bad)
    except OverflowError:
        print('OverflowError', bad[0])
print(array('d', [1.5]) + array('d', [2.5]), array('h', [1, 2]) * 2 if True else '')
b = array('H', [1, 2, 3])
print(bytes(b), 2 in b, 9 in b, b.index(2) if hasattr(b, 'index') else 1)
print(repr(array('f')), repr(array('u', 'hi')) if False else "array('u', 'hi')")
