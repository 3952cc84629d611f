# struct: integer codes in every byte order, limits, round trips
import struct

for order in '<>!=':
    for code, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767),
                         ('H', 0, 65535), ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1),
                         ('l', -2**31, 2**31 - 1), ('L', 0, 2**32 - 1),
                         ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
        fmt = order + code
        for v in (lo, hi, 0, 1, lo // 3, hi // 3):
            b = struct.pack(fmt, v)
            r = struct.unpack(fmt, b)
            if r != (v,):
                print('mismatch', fmt, v, r)
        print(fmt, struct.calcsize(fmt), struct.pack(fmt, hi), struct.pack(fmt, lo), struct.pack(fmt, 1))

print(struct.pack('<hHiIqQ', -1, 2, -3, 4, -5, 2**64 - 1))
print(struct.unpack('>qQ', b'\x80' + b'\x00' * 7 + b'\xff' * 8))
print(struct.pack('<q', -2**63), struct.pack('>Q', 2**63))
print(struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack('>2H', b'\x01\x02\x03\x04'))
print(struct.pack('<3h', 1, -2, 3), struct.pack('>2b3B', -1, -2, 1, 2, 3))
print(struct.pack('<i', True), struct.pack('<B', False))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(struct.pack('<H', Idx(513)), struct.pack('>q', Idx(-2)))

big = 2**40 + 12345
print(struct.unpack('<Q', struct.pack('<Q', big))[0] == big)
print(type(struct.unpack('<Q', b'\xff' * 8)[0]).__name__, struct.unpack('<Q', b'\xff' * 8)[0])
