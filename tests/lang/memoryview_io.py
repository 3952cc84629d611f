# memoryview as the target/source of I/O style APIs and struct
import io, struct
buf = bytearray(10)
mv = memoryview(buf)
f = io.BytesIO(b'0123456789abcdef')
n = f.readinto(mv[2:6])
print(n, buf)
struct.pack_into('<HH', mv, 4, 0x4142, 0x4344)
print(buf)
print(struct.unpack_from('<H', mv, 4), struct.unpack('<HH', mv[4:8]))
# zero-copy chunks
data = memoryview(b'abcdefghij')
chunks = [bytes(data[i:i + 3]) for i in range(0, len(data), 3)]
print(chunks)
# a view of a view keeps the original memory
outer = memoryview(buf)
inner = outer[1:9][2:4]
inner[0] = 0x7a
print(buf[3], len(inner), inner.obj is buf)
# write through a view into a sliding window
ring = bytearray(b'........')
w = memoryview(ring)
for i, ch in enumerate(b'abc'):
    w[i * 2] = ch
print(ring)
w[:] = b'ABCDEFGH'
print(ring, w.tobytes())
print(bytes(w[-3:]), w[-1], w[-8])
try:
    w[8]
except IndexError as e:
    print('IndexError')
print(b'-'.join([w[0:2], w[2:4]]))
print(bytearray(w[2:5]), list(w[5:]))
print(sum(memoryview(b'\x01\x02\x03')))
