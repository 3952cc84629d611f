# nested dict manipulation: deep get/set, merge, flatten, invert
def deep_set(d, path, value):
    keys = path.split('.')
    for k in keys[:-1]:
        d = d.setdefault(k, {})
    d[keys[-1]] = value
def deep_get(d, path, default=None):
    for k in path.split('.'):
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d
cfg = {}
deep_set(cfg, 'net.wifi.ssid', 'home')
deep_set(cfg, 'net.wifi.pw', 'secret')
deep_set(cfg, 'net.port', 80)
deep_set(cfg, 'debug', True)
print(cfg)
print(deep_get(cfg, 'net.wifi.ssid'), deep_get(cfg, 'net.x.y', 'none'), deep_get(cfg, 'debug.z'))
def flatten(d, pre=''):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(flatten(v, pre + k + '.'))
        else:
            out[pre + k] = v
    return out
flat = flatten(cfg)
print(flat)
def unflatten(f):
    out = {}
    for k, v in f.items():
        deep_set(out, k, v)
    return out
print(unflatten(flat) == cfg)
groups = {'a': 'x', 'b': 'y', 'c': 'x'}
inv = {}
for k, v in groups.items():
    inv.setdefault(v, []).append(k)
print(inv)
