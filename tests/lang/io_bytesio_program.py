# io.BytesIO as a binary stream with struct
import io, struct
buf = io.BytesIO()
for i in range(4):
    buf.write(struct.pack('<HB', i * 1000, i))
data = buf.getvalue()
print(len(data), data.hex())
r = io.BytesIO(data)
while True:
    chunk = r.read(3)
    if not chunk:
        break
    print(struct.unpack('<HB', chunk))
r.seek(0)
print(r.read(2), r.tell(), r.read(), r.read())
b = io.BytesIO(b'hello\nworld\n')
print(b.readline(), b.readlines())
w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'de')), w.getvalue())
w.seek(1)
w.write(b'Z')
print(w.getvalue())
