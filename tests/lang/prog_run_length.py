# run-length and LZ-ish encoders round-tripping bytes and strings
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i] and j - i < 9:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)
def rle_decode(s):
    return ''.join(s[i + 1] * int(s[i]) for i in range(0, len(s), 2))
for t in ['', 'a', 'aaabccdddd', 'x' * 25, 'abcabc']:
    e = rle_encode(t)
    print(repr(t[:12]), e, rle_decode(e) == t)
def brle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def brld(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)
raw = bytes([0] * 300 + [1, 2, 2, 3, 3, 3] + [255] * 10)
enc = brle(raw)
print(len(raw), len(enc), enc.hex(), brld(enc) == raw)
def lz(s):
    out, i = [], 0
    while i < len(s):
        best = (0, 0)
        for j in range(max(0, i - 32), i):
            k = 0
            while i + k < len(s) and s[j + k] == s[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(s[i])
            i += 1
    return out
def unlz(toks):
    s = ''
    for t in toks:
        if isinstance(t, tuple):
            for _ in range(t[1]):
                s += s[-t[0]]
        else:
            s += t
    return s
for t in ['abcabcabcabc', 'to be or not to be', 'aaaaaaaaaa']:
    z = lz(t)
    print(z, unlz(z) == t)
