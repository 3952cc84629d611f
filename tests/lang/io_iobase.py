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

# the shape of mpremote's mount helper: a file class over a command channel
class RemoteFile(io.IOBase):
    def __init__(self, data, is_text):
        self.data = data
        self.pos = 0
        self.is_text = is_text
        self.closed_flag = False
    def __enter__(self):
        return self
    def __exit__(self, a, b, c):
        self.close()
    def __iter__(self):
        return self
    def __next__(self):
        l = self.readline()
        if not l:
            raise StopIteration
        return l
    def ioctl(self, request, arg):
        if request == 4:
            self.close()
        elif request == 11:
            return 249
        else:
            return -1
        return 0
    def flush(self):
        pass
    def close(self):
        self.closed_flag = True
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        b = self.data[self.pos:self.pos + n]
        self.pos += len(b)
        return str(b, "utf8") if self.is_text else b
    def readinto(self, buf):
        b = self.data[self.pos:self.pos + len(buf)]
        buf[:len(b)] = b
        self.pos += len(b)
        return len(b)
    def readline(self):
        end = self.data.find(b"\n", self.pos)
        end = len(self.data) if end < 0 else end + 1
        b = self.data[self.pos:end]
        self.pos = end
        return str(b, "utf8") if self.is_text else b
    def readlines(self):
        return list(self)
    def write(self, buf):
        self.data += bytes(buf, "utf8") if isinstance(buf, str) else bytes(buf)
        return len(buf)

with RemoteFile(b"one\ntwo\nthree", True) as f:
    print([l for l in f])
print(f.closed_flag, f.ioctl(11, 0), f.ioctl(99, 0))
g = RemoteFile(b"", False)
print("x", 1, file=g)
g.write(b"raw")
print(g.readlines(), g.read(), g.pos)
g.pos = 0
print(g.readlines())
buf = bytearray(3)
g.pos = 0
print(g.readinto(buf), buf, g.ioctl(4, 0), g.closed_flag)
