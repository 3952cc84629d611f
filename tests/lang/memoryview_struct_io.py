# packing into and reading out of memoryviews with struct and BytesIO
import struct, io
frame = bytearray(12)
view = memoryview(frame)
struct.pack_into('>HHI', view, 0, 0xabcd, 2, 70000)
struct.pack_into('<f', view[8:], 0, 1.5)
print(frame.hex(), struct.unpack_from('>HHI', view), struct.unpack('<f', view[8:12]))
header, payload = view[:4], view[4:]
print(bytes(header), len(payload), struct.unpack('>I', payload[:4])[0])
stream = io.BytesIO()
stream.write(view[:4])
stream.write(memoryview(b'tail'))
print(stream.getvalue())
src = io.BytesIO(b'abcdefghij')
buf = bytearray(4)
mv = memoryview(buf)
chunks = []
while True:
    n = src.readinto(mv)
    if not n:
        break
    chunks.append(bytes(mv[:n]))
print(chunks)
out = bytearray(6)
omv = memoryview(out)
pos = 0
for part in (b'ab', b'cde', b'f'):
    omv[pos:pos + len(part)] = part
    pos += len(part)
print(out)
