# bytearray mutation methods
ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba))
ba[1:3] = b'EE'
print(ba)
ba[1:3] = b'abcd'
print(ba)
del ba[0:2]
print(ba)
ba.insert(0, 90)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('c'))
print(ba)
ba.reverse() if hasattr(ba, 'reverse') else None
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray([1, 2, 3]), bytearray(b'xy') + b'z')
ba2 += b'!!'
print(ba2)
ba3 = bytearray(b'abc')
ba3 *= 2
print(ba3)
ba3.clear() if hasattr(ba3, 'clear') else None
print(ba3, len(ba3))
try:
    bytearray(b'a')[0] = 300
except ValueError:
    print('ValueError')
c = bytearray(b'copy')
d = c.copy() if hasattr(c, 'copy') else bytearray(c)
d[0] = 67
print(c, d)
print(bytearray(b'abc') == b'abc', bytes(bytearray(b'q')))
e = bytearray(b'0123456789')
e[::2] = b'abcde'
print(e)
print(e.find(b'3'), e.upper(), e.hex() if hasattr(e, 'hex') else '')
