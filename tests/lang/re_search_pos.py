# re: pos/endpos for compiled patterns (^, $, \b and lookbehind at the edges)
import re

p = re.compile(r'\w+')
s = 'one two three'
print(p.search(s, 4).group(), p.search(s, 4, 6).group(), p.match(s, 4).group(), p.match(s, 3))
print(p.fullmatch(s, 4, 7).group(), p.fullmatch(s, 4, 8))
print(re.compile('^t').search(s, 4), re.compile('(?m)^t').search('one\ntwo', 4).span())
print(re.compile('e$').search(s, 0, 3).span(), re.compile(r'e\Z').search(s, 0, 3).span())
print(re.compile(r'\bt').search(s, 5), re.compile(r'\Bw').search(s, 5).span())
print(re.compile(r'(?<=o)t').search(s, 4), re.compile(r'(?<= )t').search(s, 4).span())
print(re.compile('x').search('xxx', 5), re.compile('').search('abc', 5).span())
print(re.compile('').search('abc', -3).span(), re.compile('c').search('abc', 0, 100).span())
print(re.compile('a').search('aaa', 2, 1))
print(p.findall(s, 2, 9), [m.span() for m in p.finditer(s, 2, 9)])
print(p.split(s), p.sub('_', s))
m = p.search(s, 8, 11)
print(m.group(), m.pos, m.endpos, m.string, repr(m))
print(re.compile('$').search('ab\n', 0, 2).span())
