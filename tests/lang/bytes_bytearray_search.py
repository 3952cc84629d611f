# searching and splitting binary data
data = b'\x00\x01HDR\x02\x03payload\x00HDR\x04end'
print(data.find(b'HDR'), data.rfind(b'HDR'), data.count(b'HDR'), data.index(b'end'))
parts = data.split(b'HDR')
print(parts, len(parts))
print(data.startswith(b'\x00\x01'), data.endswith(b'end'), b'pay' in data)
ba = bytearray(data)
i = ba.find(b'HDR')
while i != -1:
    ba[i:i + 3] = b'hdr'
    i = ba.find(b'HDR', i + 3)
print(bytes(ba))
print(data.replace(b'\x00', b'.'), data[3:6].lower())
frames = b'AA01BB02AA03'
print([frames[i:i + 4] for i in range(0, len(frames), 4)])
print([f for f in (frames[i:i + 4] for i in range(0, len(frames), 4)) if f.startswith(b'AA')])
print(b','.join(x.hex().encode() for x in (b'\x01', b'\xff')))
print(bytes(reversed(b'abc')), b'abc'[::-1], bytearray(b'abc')[::-1])
print(sum(b'\x01\x02\x03'), max(b'az'), min(bytearray(b'qa')), sorted(b'cab'))
