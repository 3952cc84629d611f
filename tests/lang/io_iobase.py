# io.IOBase as a base class for streams written in Python
import io

class Upper(io.IOBase):
    def __init__(self):
        self.parts = []
        self.is_closed = False
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def close(self):
        if not self.is_closed:
            print("closing")
        self.is_closed = True
    def value(self):
        return "".join(self.parts)

u = Upper()
print(isinstance(u, io.IOBase), issubclass(Upper, io.IOBase))
print(u.write("abc"))
print("hello", "there", file=u)
print(repr(u.value()))
with u as v:
    print(v is u)
    v.write("!")
print(u.is_closed, repr(u.value()))

class Reader(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def close(self):
        pass

r = Reader(b"abcdef")
b = bytearray(4)
print(r.readinto(b), b, r.readinto(b), b)
with Reader(b"") as r2:
    print(type(r2).__name__)
