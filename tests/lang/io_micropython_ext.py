# MicroPython stream extensions: write(buf, max_len), write(buf, off, max_len),
# readinto(buf, nbytes), StringIO(n)/BytesIO(n) preallocation, bytes written to a StringIO
import io

b = io.BytesIO()
print(b.write(b"foobar", 3), b.getvalue())
print(b.write(b"foobar", 1, 2), b.getvalue())
print(b.write(b"foobar", 10, 2), b.getvalue())
b.seek(0)
buf = bytearray(8)
print(b.readinto(buf, 2), buf)
print(io.BytesIO(100).getvalue(), io.StringIO(10).getvalue() == "")
s = io.StringIO()
s.write(b"raw")
print(s.getvalue())
import uio
print(uio.StringIO is io.StringIO)
