# re: lazy quantifiers against greedy ones in captures
import re

html = '<b>bold</b> and <i>italic</i>'
print(re.findall(r'<(.+)>', html))
print(re.findall(r'<(.+?)>', html))
print(re.findall(r'<(\w+)>(.*?)</\1>', html))
print(re.match(r'(.*?)(\d+)', 'abc123').groups())
print(re.match(r'(.*)(\d+)', 'abc123').groups())
print(re.match(r'(.+?)(\d*)$', 'abc123').groups())
print(re.match(r'(a+?)(a*?)(a+)', 'aaaa').groups())
print(re.match(r'(a{2,3}?)(a*)', 'aaaa').groups())
print(re.match(r'(\w+?)(\w{2})', 'abcde').groups())
print(re.match(r'(a|b)*?c', 'abababc').group(1))
print(re.match(r'(ab)*?(ab)', 'ababab').groups())
print(re.match(r'x(?:y|z)+?(y)', 'xzzy').groups())
print(re.sub(r'"(.*?)"', r"'\1'", 'say "hi" and "bye"'))
print(re.findall(r'\d+?', '12345'))
print(re.findall(r'\d{2,3}?', '12345'))
print(re.match(r'.*?x', 'a' * 100 + 'x').end())
print(re.match(r'(?s).*?end', 'a\nb\nend\nend').group().count('\n'))
