# regular expressions for common parsing jobs
import re
log = '''2024-01-05 12:00:01 INFO boot ok
2024-01-05 12:00:03 WARN temp=71.5C
2024-01-05 12:01:10 ERROR sensor 3 failed code=0x1F
garbage line
2024-01-06 00:00:00 INFO tick'''
pat = re.compile(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\w+) (.*)')
for line in log.split('\n'):
    m = pat.match(line)
    if m:
        print(m.group(7), m.group(1), m.group(8))
    else:
        print('no match:', line)
m = re.search(r'temp=([\d.]+)C', log)
print(float(m.group(1)))
m = re.search(r'code=0x([0-9A-Fa-f]+)', log)
print(int(m.group(1), 16))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'[A-Z]+', log)[:4])
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace  '))
print(re.split(r'[;,]\s*', 'a, b;c ,d'))
email = re.compile(r'^[\w.+-]+@[\w-]+\.[\w.]+$')
for e in ('a@b.com', 'first.last+tag@sub.example.org', 'bad@', '@bad.com', 'no at.com'):
    print(e, bool(email.match(e)))
kv = dict(re.findall(r'(\w+)=(\w+)', 'a=1 b=two c=3'))
print(sorted(kv.items()))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'user@host and x@y'))
print(re.match(r'(?P<key>\w+):(?P<val>\d+)', 'port:8080').group('key', 'val'))
