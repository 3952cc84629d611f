# re: validation patterns (emails, IPs, dates, identifiers, numbers)
import re

email = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for s in ['a@b.co', 'first.last+tag@sub.example.org', 'bad@', '@bad.com', 'no at.com', 'x@y']:
    print(s, bool(email.match(s)))
ip = re.compile(r'^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$')
for s in ['192.168.0.1', '255.255.255.255', '256.1.1.1', '1.2.3', '01.2.3.4', '0.0.0.0']:
    print(s, bool(ip.match(s)))
num = re.compile(r'[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?')
for s in ['1', '-2.5', '+.5', '1e10', '3.', '.', 'e5', '1.2.3', '6.02E+23']:
    print(s, bool(num.fullmatch(s)))
ident = re.compile(r'[A-Za-z_][A-Za-z0-9_]*')
for s in ['abc', '_x1', '1abc', 'a-b', '']:
    print(repr(s), ident.fullmatch(s) is not None)
date = re.compile(r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])')
for s in ['2024-02-29', '2024-13-01', '2024-00-10', '1999-12-31', '2024-1-1']:
    m = date.fullmatch(s)
    print(s, m.groups() if m else None)
hexcolor = re.compile(r'#(?:[0-9a-fA-F]{3}){1,2}\b')
print(hexcolor.findall('#fff #ABCDEF #12 #1234 #abcdeg'))
print(re.fullmatch(r'(?:[01]?\d|2[0-3]):[0-5]\d', '23:59'), re.fullmatch(r'(?:[01]?\d|2[0-3]):[0-5]\d', '24:00'))
