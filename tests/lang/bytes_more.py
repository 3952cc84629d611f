# more bytes behaviour
b = bytes(range(65, 75))
print(b, b[::2], b[::-3], b[2:-2], len(b))
print(b.join([b"1", b"2"]) == b"1ABCDEFGHIJ2", b"-".join([b"x", b"y", b"z"]))
print(bytes([0, 127, 128, 255]), list(bytes([0, 255])))
try:
    bytes([256])
except ValueError:
    print("ValueError")
print(b"abc" * 2, 2 * b"ab", b"a" + bytes(2), b"\x00" in b"a\x00", 0 in b"a\x00")
print(b"AbC".lower(), b"abc".upper(), b"  a b  ".split(), b"a,b".split(b","))
print(b"hello world".replace(b"o", b"0"), b"hello".find(b"l"), b"hello".rfind(b"l"))
print(bytes("ü", "utf-8"), len("ü".encode()), b"\xc3\xbc".decode() == "ü")
s = 0
for byte in b"\x01\x02\xff":
    s = s * 256 + byte
print(s, hex(s))
