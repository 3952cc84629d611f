# io module contents
import io
from io import StringIO, BytesIO

print(StringIO is io.StringIO, BytesIO is io.BytesIO)
print(callable(io.open))
s = StringIO()
b = BytesIO()
print(type(s).__name__, type(b).__name__)
print(hasattr(io, "IOBase"))

class MyIO(StringIO):
    def shout(self):
        return self.getvalue().upper()

m = MyIO()
m.write("hi there")
print(m.shout(), isinstance(m, StringIO))

class Prefilled(StringIO):
    def __init__(self, text):
        super().__init__(text.upper())

pf = Prefilled("abc\ndef\n")
print(pf.readline(), pf.getvalue().split())

class Blob(BytesIO):
    def __init__(self, n):
        super().__init__(bytes(range(n)))

print(Blob(5).getvalue(), Blob(3).read(2))
