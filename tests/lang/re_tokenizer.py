# re: a small expression tokenizer built from named groups and finditer
import re

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/=()]'),
    ('SKIP', r'[ \t]+'),
    ('NEWLINE', r'\n'),
    ('MISMATCH', r'.'),
]
regex = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))
code = 'x = 3.14 * (y + 42)\nz = x / 2 $'
line = 1
for m in regex.finditer(code):
    kind = m.lastgroup
    value = m.group()
    if kind == 'NEWLINE':
        line += 1
    elif kind == 'SKIP':
        pass
    else:
        print(line, kind, repr(value), m.start(), m.lastindex)
print(regex.groupindex['OP'], regex.groups)
