# compiled patterns reused across many inputs
import re
num = re.compile(r'^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$')
for s in ('1', '-2.5', '+.5', '3.', '1e10', '2.5E-3', 'e5', '.', '1.2.3', '', '--1', '7e'):
    print(repr(s), bool(num.match(s)))
ident = re.compile(r'[A-Za-z_]\w*')
print(ident.findall('x = foo(bar_1, 2baz) + _q'))
ws = re.compile(r'\s+')
print([ws.split(t) for t in ('a b', '  lead', 'trail  ', 'x')])
hexcolor = re.compile(r'#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})', re.I)
for c in ('#ff8800', '#FFF', '#00AaFf', 'ff0000'):
    m = hexcolor.match(c)
    print(c, tuple(int(g, 16) for g in m.groups()) if m else None)
tok = re.compile(r'\s*(?:(\d+)|(.))')
def tokens(s):
    out = []
    for m in tok.finditer(s):
        out.append(m.group(1) or m.group(2))
    return out
print(tokens('12 + 3*(45 - 6)'))
print(num.pattern[:10] if hasattr(num, 'pattern') else '^[+-]?(\\d+')
