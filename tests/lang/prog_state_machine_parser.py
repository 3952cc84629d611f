# a state-machine parser for a tiny INI-like format
SRC = '''
; comment line
[network]
ssid = home-net
retries=5
  timeout = 2.5

[led]
pin = 13
active = yes
[empty]
bad line here
key_without_section_after = 1
'''
def parse(src):
    state = 'top'
    section = None
    out = {}
    errors = []
    for no, raw in enumerate(src.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(';'):
            continue
        if line.startswith('[') and line.endswith(']'):
            section = line[1:-1]
            out[section] = {}
            state = 'section'
            continue
        if '=' in line and state == 'section':
            k, v = (p.strip() for p in line.split('=', 1))
            out[section][k] = convert(v)
        else:
            errors.append((no, line))
    return out, errors
def convert(v):
    for f in (int, float):
        try:
            return f(v)
        except ValueError:
            pass
    if v in ('yes', 'true'):
        return True
    if v in ('no', 'false'):
        return False
    return v
cfg, errs = parse(SRC)
for sec in cfg:
    print(sec, sorted(cfg[sec].items()))
print(errs)
print(type(cfg['network']['timeout']).__name__, cfg['led']['active'])
