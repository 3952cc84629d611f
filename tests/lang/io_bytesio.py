# io.BytesIO
import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(b""))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(), b.read())
b = io.BytesIO(b"line1\nline2\nend")
print(b.readline(), b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.read(3), b.tell())
print(type(b.getvalue()).__name__, type(b.read()).__name__)
with io.BytesIO(b"xyz") as f:
    print(f.read(1), f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError:
    print("ValueError")
b = io.BytesIO(b"\x00\xff\x10")
print(list(b.getvalue()), b.read(1)[0])
b = io.BytesIO()
for i in range(300):
    b.write(bytes([i & 0xff]))
v = b.getvalue()
print(len(v), v[250:260])
