# escape sequences and repr quoting
print("tab\there", "new\\nline", "quote\"d", 'single\'q')
print(repr("a\nb"), repr("a\tb"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\x00\x01\x7f"), repr("\\"), repr("\r"))
print("\x41\x42", "\101", "\u0041", len("\n"), len("\\n"))
print(r"raw\nstring", len(r"\n"))
print("""triple
quoted""", '''also
this''')
print(repr(""), repr("abc"))
