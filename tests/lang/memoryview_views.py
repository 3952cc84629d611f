# a view follows changes to its exporter and writes through
ba = bytearray(b'0123456789')
v = memoryview(ba)
ba[0] = ord('A')
print(v[0], bytes(v[:3]))
part = v[2:6]
part[:] = b'wxyz'
print(ba)
part2 = part[1:3]
part2[0] = ord('!')
print(ba, part2.nbytes, part.nbytes)
arr = memoryview(bytearray(4))
for i in range(4):
    arr[i] = i * i
print(list(arr), arr.tolist() == list(arr))
# equality compares contents, not identity
print(memoryview(b'abc') == memoryview(bytearray(b'abc')), v[1:1] == v[5:5], v[:2] == b'A1')
# bytes-like everywhere
print(b'-'.join([v[:1], v[1:2]]), bytearray(v[-2:]), b'01' + v[:0], v[:3].hex(), int.from_bytes(v[:1], 'big'))
print(bytes(v).decode()[:4], str(bytes(v[8:]), 'ascii'), b'89' in bytes(v), v.tobytes().find(b'!'))
