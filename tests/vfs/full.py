# image: --blocks 32
# A full flash raises OSError 28 (ENOSPC) and leaves existing files intact.
import os
keep = bytes(range(256)) * 20
with open("keep.bin", "wb") as f:
    f.write(keep)
with open("keep.txt", "w") as f:
    f.write("small inline file\n")
free0 = os.statvfs("/")[3]
print(os.statvfs("/")[2], free0 > 20)

chunk = b"\xa5" * 1024
f = open("big.bin", "wb")
n = 0
try:
    while True:
        f.write(chunk)
        n += 1
except OSError as e:
    print("write:", e.errno, e)
try:
    f.close()
except OSError as e:
    print("close:", e.errno)
print(n > 50, n < 32 * 4)

print(sorted(os.listdir()))
print(os.stat("big.bin")[6])
print(open("keep.bin", "rb").read() == keep)
print(open("keep.txt").read())

# creating files while full fails cleanly too
errs = set()
for i in range(40):
    try:
        with open("small%d.txt" % i, "w") as g:
            g.write("x" * 200)
    except OSError as e:
        errs.add(e.errno)
print(sorted(errs))

# freeing space makes the flash usable again
for name in os.listdir():
    if name.startswith("small") or name == "big.bin":
        os.remove(name)
print(sorted(os.listdir()))
print(os.statvfs("/")[3] == free0)
with open("after.txt", "w") as f:
    f.write("written after the flash was full\n")
print(open("after.txt").read(), end="")
print(open("keep.bin", "rb").read() == keep)
