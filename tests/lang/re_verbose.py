# re: VERBOSE patterns: whitespace and comments ignored outside classes
import re

phone = re.compile(r"""
    ^\(?(\d{3})\)?    # area code
    [\s.-]?           # separator
    (\d{3})           # exchange
    [\s.-]?
    (\d{4})$          # number
""", re.VERBOSE)
for s in ['(555) 123-4567', '555.123.4567', '5551234567', '555-12-4567']:
    m = phone.match(s)
    print(s, m.groups() if m else None)
p = re.compile(r'''
    (?P<key> [a-z]+ )   \s* = \s*
    (?P<val> [^#\s]+ )  # value up to a comment
''', re.X)
print([m.groupdict() for m in p.finditer('a = 1\nbb=two # c\n')])
print(re.match(r'a b c', 'abc', re.X).group())
print(re.match(r'[ ]a', ' a', re.X).group())
print(re.match(r'\ a', ' a', re.X).group())
print(re.match(r'a\#b', 'a#b', re.X).group())
print(re.match(r'a[#]b', 'a#b', re.X).group())
print(re.match(r'a # comment\n b', 'ab', re.X).group())
print(re.match('a  *', 'aaa', re.X).group())
try:
    re.match('a{2} ?', 'aaa', re.X)
except re.error as e:
    print('error', e)
print(re.match('(?x) x | y', 'y').group())
print(re.compile(' a ', re.X).pattern, re.compile(' a ', re.X).flags)
