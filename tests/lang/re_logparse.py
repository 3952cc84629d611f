# re: parsing log lines into fields
import re

LOG = """\
2024-01-15 10:23:45 INFO  [main] Server started on port 8080
2024-01-15 10:23:46 WARN  [db] Slow query: 1532ms
2024-01-15 10:24:01 ERROR [http] GET /api/users?id=42 -> 500
garbage line
2024-01-15 10:25:00 DEBUG [cache] hit ratio=0.93
"""
pat = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$', re.M)
for m in pat.finditer(LOG):
    d = m.groupdict()
    print(d['level'], d['mod'], '|', d['msg'])
print(len(pat.findall(LOG)))
levels = {}
for lvl in re.findall(r'^\S+ \S+ (\w+)', LOG, re.M):
    levels[lvl] = levels.get(lvl, 0) + 1
print(sorted(levels.items()))
print(re.findall(r'(\d+)ms', LOG))
print(re.search(r'(GET|POST) (\S+) -> (\d{3})', LOG).groups())
m = re.search(r'id=(\d+)', LOG)
print(int(m.group(1)) * 2)
print(re.sub(r'\d{4}-(\d\d)-(\d\d)', r'\2/\1', LOG.splitlines()[0]))
kv = dict(re.findall(r'(\w+)=([\d.]+)', LOG))
print(kv)
