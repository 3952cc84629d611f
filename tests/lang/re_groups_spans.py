# match objects: groups, spans, start/end, optional groups
import re
m = re.match(r'(a)(b)?(c)', 'ac')
print(m.group(0), m.group(1), m.group(2), m.group(3), m.groups())
print(m.start(), m.end(), m.span(), m.start(3), m.end(1))
m = re.search(r'(\d+)-(\d+)', 'range 10-20 here')
print(m.group(), m.groups(), m.span(1), m.span(2), m.start(0))
m = re.search(r'x(y)?z', 'xz')
print(m.groups(), m.group(1))
for m in re.finditer(r'\b(\w)(\w*)\b', 'hello big world'):
    print(m.group(1).upper() + m.group(2), m.span())
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.fullmatch(r'\d+', '123') is not None, re.fullmatch(r'\d+', '123a') is None)
m = re.match(r'(?:ab)+(c)', 'ababc')
print(m.group(1), m.groups())
print(re.match(r'.*(\d)', 'abc123').group(1), re.match(r'.*?(\d)', 'abc123').group(1))
