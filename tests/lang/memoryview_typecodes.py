# memoryview item access for every array typecode, with range checks
import array
for tc, good, bad in [('b', [-128, 127], [128, -129]), ('B', [0, 255], [256, -1]), ('h', [-32768, 32767], [32768]),
                      ('H', [0, 65535], [65536, -1]), ('i', [-2 ** 31, 2 ** 31 - 1], [2 ** 31]), ('I', [0, 2 ** 32 - 1], [2 ** 32, -1]),
                      ('q', [-2 ** 63, 2 ** 63 - 1], [2 ** 63]), ('Q', [0, 2 ** 63], [-1])]:
    a = array.array(tc, [0, 0])
    m = memoryview(a)
    for i, v in enumerate(good):
        m[i] = v
    out = []
    for v in bad:
        try:
            m[0] = v
            out.append('stored')
        except (ValueError, OverflowError):
            out.append('rejected')
    print(tc, m.format, m.tolist(), a.tolist() == m.tolist(), out)
for tc in 'fd':
    a = array.array(tc, [0.5, -1.25])
    m = memoryview(a)
    m[0] = 3
    m[1] = True
    print(tc, m.tolist(), m[0] == 3.0)
m = memoryview(array.array('h', [5, 6, 7]))
print(list(m), list(reversed(m.tolist())), 6 in m.tolist(), m[1:].tolist(), m[-1])
try:
    m[0] = 1.5
except TypeError:
    print('TypeError float into h')
