# hashlib over a large stream fed in chunks (more than the heap holds at once)
import hashlib

chunk = b'a' * 1000
h256, h1, h5 = hashlib.sha256(), hashlib.sha1(), hashlib.md5()
for i in range(1000):
    h256.update(chunk)
    h1.update(chunk)
    h5.update(chunk)
print(h256.hexdigest())
print(h1.hexdigest())
print(h5.hexdigest())

# odd-sized chunks, a bytearray reused as the buffer
buf = bytearray(997)
h = hashlib.sha256()
total = 0
for i in range(200):
    for j in range(0, 997, 97):
        buf[j] = (i + j) & 255
    h.update(buf)
    total += len(buf)
print(total, h.hexdigest())
# a running digest, copied at checkpoints
h = hashlib.sha1()
marks = []
for i in range(5):
    h.update(bytes([i]) * 5000)
    marks.append(h.copy().hexdigest()[:12])
print(marks)
