# re: sub with a function: return values, exceptions, re-entrancy, count
import re

def up(m):
    return m.group(1).upper() + str(m.start())
print(re.sub(r'\b(\w)', up, 'hello big world'))
print(re.sub(r'\d', lambda m: None, 'a1b2c3'))
print(re.sub(r'\d', lambda m: '', 'a1b2c3'))
print(re.subn(r'\w+', lambda m: m.group()[::-1], 'abc def', count=1))
def nested(m):
    return re.sub('o', '0', m.group())
print(re.sub(r'\w+', nested, 'foo boo bar'))
def boom(m):
    raise KeyError(m.group())
try:
    re.sub('b', boom, 'abc')
except KeyError as e:
    print('KeyError', e)
seen = []
def rec(m):
    seen.append((m.group(), m.span(), m.string, m.pos, m.endpos))
    return '#'
print(re.sub('[ac]', rec, 'abc'), seen)
table = {'cat': 'dog', 'dog': 'cat'}
print(re.sub(r'cat|dog', lambda m: table[m.group()], 'cat chases dog'))
print(re.sub(b'\\d', lambda m: bytes([m.group()[0] + 1]), b'a1b8'))
class Repl:
    def __call__(self, m):
        return '<%s>' % m.group()
print(re.sub('x+', Repl(), 'axxbx'))
try:
    re.sub(b'a', lambda m: 'str', b'a')
except TypeError:
    print('TypeError')
print(re.compile('(a)(b)?').sub(lambda m: repr(m.groups()), 'ab a'))
