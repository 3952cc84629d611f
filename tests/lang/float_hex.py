# float.hex / float.fromhex round trips and formats
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float('inf'), float('-inf'), 123.456, 2.0 ** -1074, 2.0 ** 52 + 1]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v, repr(float.fromhex(h)))
for s in ['0x1p0', '0X1.8P+1', '1.8p1', '-0x.8p1', '0x10', ' 0x1p-2 ', 'inf', '-Infinity', 'nan', '0x1.fffffffffffffp1023',
          '0x0.0000000000001p-1022', '+0x3', '0xa.bp-3']:
    print(repr(s), repr(float.fromhex(s)))
for bad in ['', 'x', '0x', '0xg', '1p', '0x1p1.5', '0x1 p1']:
    try:
        float.fromhex(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
try:
    float.fromhex('0x1p2000')
except OverflowError:
    print('OverflowError')
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).conjugate(), float.hex(3.0))
