# re: the usage MicroPython documents (match/search/sub/split/compile, group(n))
import re

r = re.compile('[0-9]+')
m = r.match('123abc')
print(m.group(0))
print(r.search('abc456def').group(0))
print(re.split(r'\s+', 'this  is a\tsentence'))
regex = re.compile('[,; ]')
print(regex.split('a,b;c d'))
m = re.match(r'(\w+)@(\w+)\.(\w+)', 'user@example.com')
print(m.group(1), m.group(2), m.group(3), m.groups())
print(m.start(1), m.end(1), m.span(2))
print(re.sub(r'\s+', ' ', 'too   many    spaces'))
print(re.sub('a', lambda m: 'A', 'banana', 2))
r = re.compile(r'(?P<h>\d\d):(?P<m>\d\d)')
m = r.search('at 12:34 today')
print(m.group(1), m.group(2))
data = 'temp=21.5;hum=40;pres=1013.2'
vals = {}
for part in re.split(';', data):
    k, v = re.match(r'(\w+)=([\d.]+)', part).groups()
    vals[k] = float(v)
print(sorted(vals.items()))
print(re.match('a', 'b') is None, re.search('a', 'b') is None)
print(re.compile('.*').match('').group() == '')
