# non-ASCII text: length and indexing are by code point
s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:4])
e = "日本語"
print(e, len(e), e[0], e[2], e[::-1])
print(ord("é"), chr(233), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600")
print(len("\U0001F600"), "€" * 3)
print("ü" in s, s.find("w"), s.index("ö"))
print([c for c in "añb"])
print(repr("ñ"), "aé".encode())
