# bytes comparison, hashing as dict keys, iteration
a = b"abc"
b = bytes([97, 98, 99])
print(a == b, a != b, a < b"abd", a > b"ab", b"" < a)
d = {a: 1, b"x": 2}
print(d[b], d[b"x"], b"y" in d)
print(sorted([b"b", b"a", b"ab", b""]))
print(sum(b"\x01\x02\x03"), max(b"az"), min(b"az"))
print(a == "abc")
print([bytes([c]) for c in b"hey"])
