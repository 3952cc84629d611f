# StringIO with non-ASCII text: read(n) counts characters
import io

s = io.StringIO("héllo wörld €uro\nñ\n")
print(repr(s.read(2)), repr(s.read(4)))
print(repr(s.readline()))
print(repr(s.readline()), repr(s.readline()))
t = io.StringIO()
print(t.write("日本語"), t.write("abc"))
print(t.getvalue(), len(t.getvalue()))
t.seek(0)
print(t.read(1), t.read(2), t.read())
