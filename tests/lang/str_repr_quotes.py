# repr of strings inside containers picks quotes like CPython
items = ['a"b', "c'd", "e'f\"g", "tab\t", "nl\n", "back\\", "uni é", "\x7f", "\x1b[0m", ""]
print(items)
for s in items:
    print(repr(s), len(repr(s)))
print({"k'": 'v"'}, ("'",), ['"'])
