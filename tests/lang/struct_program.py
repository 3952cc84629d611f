# struct in a small program: a binary log of fixed records with a header
import struct

HEADER = '<4sHHI'
RECORD = '<IhBx8sd'
print(struct.calcsize(HEADER), struct.calcsize(RECORD))

def build(records):
    out = bytearray(struct.pack(HEADER, b'KLOG', 1, len(records), 0))
    for i, (t, temp, flag, name, value) in enumerate(records):
        out += struct.pack(RECORD, t, temp, flag, name, value)
    crc = 0
    for b in out[12:]:
        crc = (crc * 31 + b) & 0xffffffff
    struct.pack_into('<I', out, 8, crc)
    return bytes(out)

def parse(blob):
    magic, ver, n, crc = struct.unpack_from(HEADER, blob)
    size = struct.calcsize(RECORD)
    recs = []
    for i in range(n):
        t, temp, flag, name, value = struct.unpack_from(RECORD, blob, struct.calcsize(HEADER) + i * size)
        recs.append((t, temp, flag, name.rstrip(b'\x00'), value))
    return magic, ver, crc, recs

recs = [(1000 + i * 60, -40 + i * 7, i % 3, b'sensor%d' % i, i / 8) for i in range(10)]
blob = build(recs)
print(len(blob), blob[:16])
magic, ver, crc, back = parse(blob)
print(magic, ver, crc)
for r in back:
    print(r)

# varint-ish length-prefixed strings with '>H' and 's'
def pack_strs(strs):
    out = b''
    for s in strs:
        b = s.encode()
        out += struct.pack('>H%ds' % len(b), len(b), b)
    return out
def unpack_strs(data):
    res, off = [], 0
    while off < len(data):
        (n,) = struct.unpack_from('>H', data, off)
        (s,) = struct.unpack_from('%ds' % n, data, off + 2)
        res.append(s.decode())
        off += 2 + n
    return res
packed = pack_strs(['a', '', 'h\u00e9llo', 'x' * 20])
print(packed)
print(unpack_strs(packed))

# big-endian network header, and colour values
print(struct.pack('!BBHHHBBH4s4s', 0x45, 0, 40, 1, 0, 64, 6, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])))
rgb = [struct.unpack('>I', b'\x00' + bytes(c))[0] for c in ([255, 0, 0], [0, 128, 255], [1, 2, 3])]
print([hex(v) for v in rgb])
