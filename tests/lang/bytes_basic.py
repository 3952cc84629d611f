# bytes literals, indexing, slicing
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b"a\x00b", b"\xff\xfe", b"'", b'"', b"\n\t\\")
print(b + b" world", b * 2, b"" == b"", b == b"hello")
print(list(b"abc"), b"abc" < b"abd", b"l" in b, 108 in b)
for x in b"hi":
    print(x)
print(bytes([65, 66, 67]), bytes(3), bytes(), bytes(range(5)))
print(bytes("héllo", "utf-8"), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"))
try:
    b[0] = 1
except TypeError:
    print("TypeError")
print(type(b).__name__, isinstance(b, bytes))
