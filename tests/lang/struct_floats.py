# struct: e (half), f (single) and d (double) codes
import struct

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 3.141592653589793, 65504.0, 1e-5, 6e-8, 1e-300, 1e300,
        float('inf'), float('-inf'), 2.5, 1/3, 100, True]
for v in vals:
    for code in 'df':
        fmt = '<' + code
        try:
            b = struct.pack(fmt, v)
            print(fmt, repr(v), b, struct.unpack(fmt, b)[0], struct.unpack('>' + code, b[::-1])[0])
        except OverflowError:
            print(fmt, repr(v), 'OverflowError')

for v in [0.0, -0.0, 1.0, -2.0, 0.5, 0.1, 0.333, 1.0009765625, 65504.0, 65519.0, 5.96e-8,
          6.1e-5, 3e-8, 2.98e-8, 1e-9, 1000.5, 2049.0, 2051.0, 2050.0, float('inf'), -float('inf'),
          1.00048828125, 1.00146484375]:
    try:
        b = struct.pack('<e', v)
        print('e', repr(v), b, struct.unpack('<e', b)[0], struct.pack('>e', v))
    except OverflowError:
        print('e', repr(v), 'OverflowError')

for v in [65520.0, 1e6, -1e10]:
    try:
        struct.pack('<e', v)
    except OverflowError:
        print('e overflow', v)
for v in [3.5e38, 1e39, -1e300]:
    try:
        struct.pack('<f', v)
    except OverflowError:
        print('f overflow', v)
print(struct.pack('<f', 3.4028235e38), struct.pack('<f', 3.40282356779733e38))
try:
    struct.pack('<f', 3.4028235677973366e38)
except OverflowError:
    print('OverflowError at the midpoint')

nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan)
nan = struct.unpack('<e', struct.pack('<e', float('nan')))[0]
print(nan != nan, struct.unpack('<f', struct.pack('<f', float('nan')))[0] != 0)
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'))
print(struct.unpack('>d', b'\x3f\xf0\x00\x00\x00\x00\x00\x00'))
print(struct.unpack('<f', b'\x00\x00\x80\x3f'), struct.unpack('<f', b'\xcd\xcc\xcc\x3d'))
print(struct.pack('>ddd', 1, 2, 3))

# a too-large int is struct.error, a too-large float OverflowError; native 'f' gives inf
for fmt, v in [('<e', 100000), ('<e', 2**64), ('<f', 10**39), ('<d', 10**400), ('<e', 70000.0),
               ('<f', 1e39), ('f', 1e300), ('f', -10**39), ('e', 65519.9), ('<e', 65520),
               ('<f', 2**128 - 2**103), ('<f', 2**128 - 2**104), ('<e', True)]:
    try:
        print(fmt, v, struct.pack(fmt, v))
    except struct.error:
        print(fmt, v, 'struct.error')
    except OverflowError:
        print(fmt, v, 'OverflowError')
