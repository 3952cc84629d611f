# io.StringIO: readline, readlines, iteration
import io

text = "first line\nsecond\n\nlast without newline"
s = io.StringIO(text)
print(repr(s.readline()))
print(repr(s.readline(3)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))

s = io.StringIO(text)
print(s.readlines())
s.seek(0)
print(s.readlines(5))
s.seek(0)
for line in s:
    print(len(line), line.rstrip("\n"))
s.seek(0)
print([l.upper() for l in s])
print(list(io.StringIO("a\nb\n")))
print(sum(1 for _ in io.StringIO("x\n" * 10)))
s = io.StringIO("one\ntwo")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
