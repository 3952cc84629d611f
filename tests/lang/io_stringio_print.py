# print(file=StringIO) and building strings with a StringIO
import io

buf = io.StringIO()
print("a", 1, 2.5, None, file=buf)
print("x", "y", sep="-", end="!\n", file=buf)
print(file=buf)
print([1, 2], {"k": "v"}, file=buf)
print(repr(buf.getvalue()))

def render(rows):
    out = io.StringIO()
    for r in rows:
        out.write(",".join(str(c) for c in r))
        out.write("\n")
    return out.getvalue()

print(render([(1, 2, 3), ("a", "b"), ()]), end="")

s = io.StringIO()
for i in range(100):
    s.write(str(i))
v = s.getvalue()
print(len(v), v[:20], v[-10:])
w = io.StringIO()
w.writelines(["a\n", "b", "c\n"])
w.writelines(str(i) for i in range(3))
print(repr(w.getvalue()))
bw = io.BytesIO()
bw.writelines([b"x", b"yz"])
print(bw.getvalue())
