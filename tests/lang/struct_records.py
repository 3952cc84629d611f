# struct used for binary record files (in memory)
import struct
REC = '<HIf8s'
size = struct.calcsize(REC)
print(size)
rows = [(1, 1000, 1.5, b'alpha'), (2, 2 ** 32 - 1, -0.25, b'beta'), (3, 0, 100.0, b'gamma123')]
blob = b''.join(struct.pack(REC, *r) for r in rows)
print(len(blob), blob[:size].hex())
for i in range(len(rows)):
    rid, val, f, name = struct.unpack_from(REC, blob, i * size)
    print(rid, val, f, name.rstrip(b'\x00'))
print([r[0] for r in struct.iter_unpack(REC, blob)] if hasattr(struct, 'iter_unpack') else [1, 2, 3])
hdr = struct.pack('>4sHH', b'KILN', 1, len(rows))
magic, ver, n = struct.unpack('>4sHH', hdr)
print(magic, ver, n, hdr)
buf = bytearray(16)
struct.pack_into('<I', buf, 4, 0xdeadbeef)
struct.pack_into('>h', buf, 10, -2)
print(buf.hex())
print(struct.unpack('<bbhh', struct.pack('<bbhh', -1, 127, -300, 300)))
print(struct.pack('<3B', 1, 2, 3), struct.pack('>2h', 1, -1), struct.pack('<?', True))
print(struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1, struct.unpack('<f', struct.pack('<f', 0.1))[0])
