# io.StringIO: close, closed, context manager, operations on a closed stream
import io

s = io.StringIO("data")
print(s.closed)
s.close()
print(s.closed)
for op in ("read", "getvalue", "tell", "readline"):
    try:
        getattr(s, op)()
    except ValueError:
        print(op, "ValueError")
try:
    s.write("x")
except ValueError:
    print("write ValueError")
s.close()
print("close twice ok")

with io.StringIO() as f:
    f.write("inside")
    print(f.getvalue(), f.closed)
print(f.closed)

with io.StringIO("abc") as g:
    print(g.read(1), g.readable(), g.writable(), g.seekable())
print(g.closed)

s = io.StringIO()
print(s.flush())
