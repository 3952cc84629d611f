# re: re.error attributes (msg, pos, lineno, colno, pattern) and multi-line positions
import re
for p in ['a(', 'ab\ncd\n(x', '\u00e9\n\u00e9)', b'a\n[']:
    try:
        re.compile(p)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('(?<=a+)')
except re.error as e:
    print(e, e.pos, e.lineno, e.pattern)
