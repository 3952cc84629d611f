# re: findall and finditer in detail
import re

print(re.findall(r'\d', 'a1b2c3'))
print(re.findall(r'(\d)', 'a1b2c3'))
print(re.findall(r'(\w)(\d)', 'a1b2c3'))
print(re.findall(r'(\w)(\d)?', 'a1bc3'))
print(re.findall(r'(?:\w)(\d)', 'a1b2'))
print(re.findall(r'(?P<x>\w)=(?P<y>\d)', 'a=1, b=2'))
print(re.findall(r'((\w)\w)', 'abcd'))
print(re.findall('x', 'abc'), re.findall('', ''))
print(re.findall(r'\b\w', 'the quick brown fox'))
print(re.findall(r'[aeiou]{2,}', 'beautiful queueing'))
print(re.findall(r'(?i)the', 'The then THE'))
p = re.compile(r'o')
print(p.findall('foo boo zoo'), p.findall('foo boo zoo', 3), p.findall('foo boo zoo', 3, 6))
it = re.finditer(r'\d+', 'a12b345c6')
print(type(it).__name__)
for m in it:
    print(m.group(), m.span(), m.pos, m.endpos)
print(list(re.finditer('x', 'abc')))
print([m.group(1) for m in re.finditer(r'(\w+)@', 'a@ bb@ ccc@')])
print([m.groups() for m in re.finditer(r'(a)|(b)', 'ab')])
it = re.compile(r'\w').finditer('abc', 1, 2)
print([m.group() for m in it])
total = 0
for m in re.finditer(r'-?\d+', 'x=10, y=-3, z=7'):
    total += int(m.group())
print(total)
