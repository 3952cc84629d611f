# sequence repetition and concatenation rules
print('ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -2)
print([0] * 4, 2 * [1, 2], [] * 5, [1] * -1)
print((1,) * 3, b'ab' * 2, bytearray(b'z') * 3)
l = [[0]] * 3
l[0].append(1)
print(l)
print('a' + 'b', [1] + [2], (1,) + (2,), b'a' + b'b')
print(bytearray(b'x') + b'y', b'x' + bytearray(b'y'))
for bad in ("'a' + 1", "[1] + (2,)", "(1,) + [2]", "'a' * 'b'", "[1] * 1.5", "b'a' + 'b'"):
    try:
        eval(bad)
    except TypeError:
        print('TypeError', bad)
print(True * 'ab', 'cd' * False)
s = ''
for i in range(5):
    s += str(i)
print(s)
print('-'.join(['ab'] * 3))
print(len('abc' * 1000))
print(sum([[1], [2], [3]], []))
t = ()
for i in range(3):
    t += (i,)
print(t)
