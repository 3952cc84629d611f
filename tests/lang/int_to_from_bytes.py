# int.to_bytes / int.from_bytes
for n in (0, 1, 255, 256, 65535, 0x12345678, 2 ** 64 - 1):
    print(n, n.to_bytes(8, 'big'), n.to_bytes(8, 'little'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff' * 10, 'big'))
print(int.from_bytes(bytearray(b'\x00\x10'), 'big'))
for n in (-1, -128, -129, 127, -(2 ** 63)):
    b = n.to_bytes(9, 'big', signed=True)
    print(n, b, int.from_bytes(b, 'big', signed=True))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x80', 'big'))
print(int.from_bytes(b'\xfe\xff', 'little', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError:
    print('OverflowError')
try:
    (-1).to_bytes(2, 'big')
except OverflowError:
    print('OverflowError neg')
big = 3 ** 100
bb = big.to_bytes(20, 'big')
print(bb.hex(), int.from_bytes(bb, 'big') == big)
print(big.to_bytes(20, 'little')[::-1] == bb)
print(type((5).to_bytes(1, 'big')).__name__)
vals = [int.from_bytes(bytes([i, 255 - i]), 'little') for i in range(0, 256, 51)]
print(vals)
