# building and parsing a checksummed packet with struct
import struct
def build(cmd, payload):
    body = struct.pack('<BH', cmd, len(payload)) + payload
    cs = sum(body) & 0xff
    return b'\xaa' + body + bytes([cs])
def parse(pkt):
    if pkt[0] != 0xaa:
        return 'bad start'
    cmd, ln = struct.unpack_from('<BH', pkt, 1)
    payload = pkt[4:4 + ln]
    cs = pkt[4 + ln]
    if cs != sum(pkt[1:4 + ln]) & 0xff:
        return 'bad checksum'
    return cmd, payload
for cmd, pl in [(1, b''), (2, b'hello'), (255, bytes(range(20)))]:
    p = build(cmd, pl)
    print(p.hex(), parse(p))
bad = bytearray(build(3, b'xyz'))
bad[-1] ^= 1
print(parse(bytes(bad)), parse(b'\x00\x01'))
vals = struct.unpack('<5H', struct.pack('<5H', *range(0, 50000, 10000)))
print(vals)
print(struct.pack('>I', 1) == (1).to_bytes(4, 'big'), struct.pack('<Q', 2 ** 40) == (2 ** 40).to_bytes(8, 'little'))
try:
    struct.pack('<B', 256)
except (struct.error, OverflowError, ValueError):
    print('error out of range')
try:
    struct.unpack('<I', b'\x00')
except Exception as e:
    print('error short buffer', isinstance(e, Exception))
