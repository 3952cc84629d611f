# re: atomic groups (?>...) and possessive quantifiers *+ ++ ?+ {m,n}+
import re

print(re.match(r'(?>a+)b', 'aaab').group())
print(re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'a++a', 'aaa'), re.match(r'a++b', 'aab').group())
print(re.match(r'a*+', '').group(), re.match(r'a?+a', 'a'))
print(re.match(r'(?:ab)*+c', 'ababc').group())
print(re.match(r'(?:ab)*+ab', 'abab'))
print(re.match(r'a{1,3}+a', 'aaaa').group(), re.match(r'a{1,3}+a', 'aaa'))
print(re.match(r'(?>(a)|ab)c', 'abc'))
print(re.match(r'(?>(a+))(a)?', 'aaa').groups())
print(re.findall(r'(?>\d+)\.', '12. 3.4'))
print(re.search(r'"(?>[^"\\]+|\\.)*"', r'x = "a\"b" + 1').group())
print(re.match(r'(?>x|xy)z', 'xyz'), re.match(r'(?:x|xy)z', 'xyz').group())
