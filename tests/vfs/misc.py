# open() keywords, print(file=...), file types, closed files, many opens
import os
f = open("p.txt", mode="w", encoding="utf-8")
print("a", 1, file=f)
print("b", end="!", file=f)
f.close()
print(repr(open("p.txt", buffering=-1).read()))
print(type(open(file="p.txt", mode="rb")).__name__, type(open("p.txt")).__name__)
for m in ("rw", "wa", "xr"):
    try:
        open("p.txt", m)
    except ValueError:
        print("ValueError", m)
f = open("p.txt", "w")
f.close()
f.close()
try:
    f.write("x")
except OSError as e:
    print(e.errno)
# two files open at once
a = open("one.txt", "w")
b = open("two.txt", "w")
a.write("1")
b.write("22")
a.close()
b.close()
print(os.stat("one.txt")[6], os.stat("two.txt")[6])
# many open/close cycles with collections in between
import gc
for i in range(100):
    with open("g%d" % (i % 3), "w") as h:
        h.write("y" * i)
    gc.collect()
print(sorted(os.listdir()), os.stat("g0")[6], os.stat("g2")[6])
# a file left open is flushed when the flash is unmounted at exit
g = open("left_open.txt", "w")
g.write("not closed\n")
