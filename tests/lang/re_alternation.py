# re: alternation order and nesting
import re

print(re.match('a|ab', 'ab').group())
print(re.match('ab|a', 'ab').group())
print(re.findall('cat|dog|bird', 'dog cat bird fish cat'))
print(re.match('(a|ab)(c|bcd)', 'abcd').groups())
print(re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.search('x(a|b|c)+y', 'zzxabcbay').group(1))
print(re.findall(r'\d+|[a-z]+', 'abc123def45'))
print(re.match('|a', 'a').group())
print(re.match('a|', 'b').group())
print(re.match('(|a)+', 'aa').groups())
print(re.fullmatch('(a|b|ab)*', 'abab'))
print(re.fullmatch('(foo|foobar)baz', 'foobarbaz').group(1))
print(re.search('(one|two|three)+', 'twothreeone').group())
print(re.split('a|b', 'xaybz'))
print(re.sub('red|green', 'color', 'red green blue'))
