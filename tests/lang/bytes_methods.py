# bytes methods
b = b"  the cat sat  "
print(b.strip(), b.split(), b.find(b"cat"), b.count(b"at"), b.replace(b"cat", b"dog"))
print(b"a,b,c".split(b","), b",".join([b"x", b"y"]), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"))
print(b"Hello".upper(), b"Hello".lower(), b"abc".index(b"c"))
print(b"abc".decode(), str(b"xyz", "utf-8"), bytes(b"copy"))
print(b"k=v".partition(b"="), b"  x ".lstrip(), b"  x ".rstrip())
