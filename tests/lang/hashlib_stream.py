# hashlib: incremental update in every chunking gives the same digest
import hashlib

data = bytes((i * 31 + 7) & 255 for i in range(700))
for name in ('sha256', 'sha1', 'md5'):
    ctor = getattr(hashlib, name)
    whole = ctor(data).digest()
    ok = True
    for step in (1, 3, 7, 55, 56, 63, 64, 65, 128, 699, 700, 1000):
        h = ctor()
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        ok = ok and h.digest() == whole
    print(name, ok, whole.hex())

# mpremote's pattern: one object, many update() calls with a reused buffer
h = hashlib.sha256()
buf = bytearray(64)
for i in range(20):
    for j in range(64):
        buf[j] = (i + j) & 255
    h.update(buf)
print(h.hexdigest())

# boundary lengths around the padding block
for n in (54, 55, 56, 57, 62, 63, 64, 65, 118, 119, 120, 121, 127, 128, 129):
    m = bytes(range(n))
    print(n, hashlib.sha256(m).hexdigest()[:16], hashlib.sha1(m).hexdigest()[:16],
          hashlib.md5(m).hexdigest()[:16])

# update with empty data changes nothing
h = hashlib.md5(b'x')
h.update(b'')
print(h.hexdigest() == hashlib.md5(b'x').hexdigest())
h = hashlib.sha1()
h.update(bytearray())
print(h.hexdigest())
