# StringIO/BytesIO seek and truncate
import io

s = io.StringIO("0123456789")
print(s.seek(3), s.read(2), s.tell())
print(s.seek(0, 2), s.tell(), repr(s.read()))
print(s.seek(0, 1))
print(s.seek(0), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
s.seek(0, 2)
s.write("Z")
print(repr(s.getvalue()))
try:
    s.seek(-1)
except ValueError:
    print("ValueError")

b = io.BytesIO(b"0123456789")
print(b.seek(-3, 2), b.read())
print(b.seek(2), b.seek(3, 1), b.read(2))
print(b.seek(-100, 1), b.tell())
print(b.seek(20), b.read(), b.tell())
b.write(b"!")
print(b.getvalue())
b.seek(0)
b.truncate(0)
print(b.getvalue(), b.tell())
