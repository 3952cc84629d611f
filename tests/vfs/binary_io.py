# binary files: write/read, seek/tell with whence, readinto, r+b, a+b, x
data = bytes(range(256)) * 20
with open("b.bin", "wb") as f:
    print(f.write(data))
    print(f.tell())
with open("b.bin", "rb") as f:
    d = f.read()
    print(len(d), d == data, type(d).__name__)
    print(f.seek(0))
    print(f.read(3))
    print(f.seek(10, 0), f.read(2))
    print(f.seek(5, 1), f.read(2))
    print(f.seek(-4, 2), f.read())
    print(f.tell())
    print(f.seek(100000), f.read(), f.tell())
    f.seek(250)
    buf = bytearray(10)
    print(f.readinto(buf), buf)
    f.seek(-3, 2)
    print(f.readinto(buf), buf)

with open("b.bin", "r+b") as f:
    f.seek(2)
    print(f.write(b"XYZ"))
    print(f.tell())
    f.seek(0)
    print(f.read(6))
with open("b.bin", "rb") as f:
    print(f.read(6), len(f.read()))

with open("c.bin", "wb") as f:
    f.write(b"abc")
with open("c.bin", "ab") as f:
    f.write(b"def")
with open("c.bin", "a+b") as f:
    f.write(b"ghi")
    f.seek(0)
    print(f.read())
with open("c.bin", "w+b") as f:
    print(f.read())
    f.write(b"\x00\xff\n\x01")
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(f.readline(), f.readline(), f.readline())

with open("x.bin", "xb") as f:
    f.write(bytearray(b"made by x"))
print(open("x.bin", "rb").read())
try:
    open("x.bin", "x")
except OSError as e:
    print("x on existing:", e.errno)

# a large file (several 4096-byte blocks), read back in chunks
big = b"0123456789abcdef" * 1000
with open("big.bin", "wb") as f:
    for i in range(0, len(big), 1000):
        f.write(big[i:i + 1000])
n = 0
ok = True
with open("big.bin", "rb") as f:
    while True:
        chunk = f.read(777)
        if not chunk:
            break
        ok = ok and chunk == big[n:n + len(chunk)]
        n += len(chunk)
print(n, ok)
