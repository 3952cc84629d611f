# memoryview in more contexts: slices of slices, negative indices, in-place I/O style use
buf = bytearray(range(16))
mv = memoryview(buf)
head, tail = mv[:4], mv[4:]
print(head.tolist(), tail[:2].tolist(), tail[-1], mv[-16], len(tail[2:-2]))
tail[0:4] = head
print(buf[:8])
mv[::1] = bytes(16)
print(sum(buf))
for i, b in enumerate(mv[:3]):
    mv[i] = 200 + i
print(list(buf[:4]))
print(mv[2:5] == bytes([202, 0, 0]), mv[:0] == b'', bytes(mv[10:12]), mv[5:5].tobytes())
print(memoryview(b'abc')[1:] == memoryview(b'bc'), memoryview(b'ab') != b'ab')
m2 = memoryview(bytearray(b'xyz'))
m2.release()
try:
    m2[0]
except ValueError:
    print('released')
print(repr(memoryview(b'')[:].tobytes()), len(memoryview(bytearray(0))))
