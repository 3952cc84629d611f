# partition / rpartition / splitlines
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("line1\nline2\r\nline3".splitlines())
print("a\n\nb\n".splitlines(), "".splitlines())
