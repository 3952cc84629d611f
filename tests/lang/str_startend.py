# prefix/suffix processing typical of parsing code
lines = ["# comment", "key = value", "  spaced = yes  ", "", "flag"]
for ln in lines:
    ln = ln.strip()
    if not ln or ln.startswith("#"):
        continue
    if "=" in ln:
        k, v = ln.split("=", 1)
        print(repr(k.strip()), repr(v.strip()))
    else:
        print("bare", repr(ln))
name = "file.tar.gz"
print(name.endswith(".gz"), name[:name.find(".")], name[name.rfind(".") + 1:])
