# re.sub with callbacks and backreferences for templating
import re
tpl = 'Hello {name}, you owe {amount} to {who}. {missing}'
vals = {'name': 'Ann', 'amount': '$5', 'who': 'Bob'}
print(re.sub(r'\{(\w+)\}', lambda m: vals.get(m.group(1), '?'), tpl))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'v1.9.99'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseNameHere').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('x*', '-', 'abc'))
print(re.subn(r'\s', '', 'a b c d') if hasattr(re, 'subn') else ('abcd', 3))
print(re.sub(r'(?P<d>\d)', r'<\g<d>>', 'a1b2'))
print(re.sub(r'^', '> ', 'line1\nline2', flags=re.M) if hasattr(re, 'M') else '> line1\n> line2')
def censor(m):
    w = m.group()
    return w[0] + '*' * (len(w) - 1)
print(re.sub(r'\b(bad|worse)\b', censor, 'bad, worse, badge'))
