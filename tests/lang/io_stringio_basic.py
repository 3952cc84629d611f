# io.StringIO: write, getvalue, read, tell/seek
import io

s = io.StringIO()
print(s.write("hello "), s.write("world"), s.write(""))
print(repr(s.getvalue()), s.tell())
print(repr(s.read()))
s.seek(0)
print(repr(s.read()))
print(s.seek(6), repr(s.read(3)), s.tell(), repr(s.read(100)), repr(s.read(2)))
s.seek(0)
print(repr(s.read(-1)), repr(s.read(None)))

t = io.StringIO("initial")
print(t.tell(), repr(t.read(4)))
print(t.write("XYZ"), repr(t.getvalue()))
t.seek(0)
print(t.write("ab"), repr(t.getvalue()), t.tell())

e = io.StringIO("")
print(repr(e.read()), repr(e.readline()), e.readlines())
u = io.StringIO(initial_value="kw")
print(repr(u.getvalue()))
print(isinstance(s, io.StringIO), type(s).__name__)
