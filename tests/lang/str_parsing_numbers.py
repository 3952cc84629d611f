# parsing numbers out of text by hand
def parse_int(s):
    s = s.strip()
    sign = 1
    if s and s[0] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if not s or not s.isdigit():
        raise ValueError(s)
    n = 0
    for ch in s:
        n = n * 10 + (ord(ch) - 48)
    return sign * n
for s in ('42', ' -17 ', '+8', '0007', '123456789012345678901234567890'):
    print(repr(s), parse_int(s), parse_int(s) == int(s))
for bad in ('', '-', '1.5', 'x1'):
    try:
        parse_int(bad)
    except ValueError:
        print('bad', repr(bad))
def parse_duration(s):
    units = {'h': 3600, 'm': 60, 's': 1}
    total = 0
    num = ''
    for ch in s:
        if ch.isdigit():
            num += ch
        elif ch in units and num:
            total += int(num) * units[ch]
            num = ''
        else:
            raise ValueError(s)
    return total
print([parse_duration(s) for s in ('1h', '2m30s', '1h1m1s', '45s')])
def parse_version(v):
    return tuple(int(p) for p in v.split('.'))
vs = ['1.10.0', '1.2.3', '1.2', '0.9.9', '1.2.10']
print(sorted(vs, key=parse_version))
print(sum(float(x) for x in '1.5,2.25,,3'.split(',') if x))
print([int(x, 16) for x in 'ff 10 7f 80'.split()])
