# str is* predicates
tests = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', ' ', ' \t\n', 'Hello World', 'hello world',
         'a_b', '12.5', 'Title Case Here', 'ÀÉ', 'x1', '\x00', '٣']
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle() if hasattr(s, 'istitle') else '')
print('abc'.isidentifier() if hasattr('', 'isidentifier') else True)
print('42'.isdecimal() if hasattr('', 'isdecimal') else True)
