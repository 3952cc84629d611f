# re: bad patterns raise re.error with CPython's message and position
import re

bad = [
    '(', ')', 'a)', '(a', '((a)', '[a', '[', '[]', '[^]', 'a**', 'a*+*', '*a', '+', '?', 'a|*',
    '{1}', 'a{2,1}', r'\q', r'\1', r'(a)\2', r'(a\1)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)',
    '(?P<a', '(?P<>x)', '(?<x)', '(?z)', '(?', '[z-a]', r'[\d-z]', r'\x4', r'\xzz', '\\', 'a(?i)b',
    '(?#comment', r'\777', '(?<=a+)b', '(?<=a|bc)d', '^*', r'\b+', 'x{1,2}{3}', 'a(b', '(?P', '(?Px)',
    r'[\A]', r'\u12', r'\N', 'x\n(', '(?i', '(?-i)', r'\8', '(?(2)a|b)', '(a)(?(1)a|b|c)', '(?(x)a)',
    '(?(2)a|b)(x)', '(?(1)a|b)(x)', '(?ia)', '(?aL)', '(?-x:a)', '(?i-i:a)', '(?u)', 'a\\', '(?P<a\\>x)', '(?P=x\n)',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), type(e).__name__, e)
        print('  ', e.msg, '|', e.pos, repr(e.pattern))
    except Exception as e:
        print(repr(p), 'other', type(e).__name__, e)

try:
    re.compile('a(')
except Exception:
    print('error is an Exception')
print(issubclass(re.error, Exception))
try:
    re.match('(', 'x')
except re.error as e:
    print('match:', e)
try:
    re.sub('a', r'\2', 'a')
except re.error as e:
    print('sub:', e)
try:
    re.sub('(a)', r'\g<2>', 'a')
except re.error as e:
    print('sub:', e)
try:
    re.sub('(a)', r'\g<x', 'a')
except re.error as e:
    print('sub:', e)
try:
    re.sub('(a)', r'\g<1x>', 'a')
except re.error as e:
    print('sub:', e)
try:
    re.sub('(a)', r'\q', 'a')
except re.error as e:
    print('sub:', e)
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('sub IndexError:', e)
for args in [(1, 'a'), ('a', 1), ('a', b'a'), (b'a', 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError')
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
