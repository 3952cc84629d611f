# struct: native mode ('@' or no prefix) alignment; standard modes do not align
import struct

for fmt in ['b', 'bh', 'bi', 'bq', 'hb', 'ib', 'bhi', 'b0i', 'bd', 'cf', '?e', 'xq', 's i',
            '3s i', 'bbbbi', 'hbh', 'iq', 'qi', 'bP', 'bn', 'bN', '5p q']:
    print(fmt, struct.calcsize(fmt), struct.calcsize('@' + fmt), struct.calcsize('=' + fmt.replace('P', 'Q').replace('n', 'q').replace('N', 'Q')))

print(struct.calcsize('l') == struct.calcsize('L'), struct.calcsize('<l'), struct.calcsize('>L'))
print(struct.pack('=bi', 1, 2) == struct.pack('<bi', 1, 2))
print(len(struct.pack('bi', 1, 2)), len(struct.pack('=bi', 1, 2)))
b = struct.pack('bhi', 1, 2, 3)
print(struct.unpack('bhi', b))
print(struct.unpack('@bq', struct.pack('@bq', -1, -(2**60))))
print(struct.unpack('P', struct.pack('P', 1234)))
print(struct.unpack('nN', struct.pack('nN', -5, 5)))
print(struct.pack('@x b 2x', 1))
for bad in ['<P', '>n', '!N', '=P']:
    try:
        struct.calcsize(bad)
    except struct.error:
        print('struct.error', bad)
# a pointer may be given as a negative address
print(struct.unpack('P', struct.pack('P', -1)) == struct.unpack('P', b'\xff' * struct.calcsize('P')))
