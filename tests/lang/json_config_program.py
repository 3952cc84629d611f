# a config loader/merger on top of json
import json
DEFAULTS = '{"wifi": {"ssid": "", "retries": 3}, "led": {"pin": 2, "on": false}, "debug": false}'
USER = '{"wifi": {"ssid": "home"}, "led": {"on": true}, "extra": [1, 2]}'
def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
cfg = merge(json.loads(DEFAULTS), json.loads(USER))
print(json.dumps(cfg, sort_keys=True))
print(cfg['wifi']['retries'], cfg['led']['on'], cfg['extra'])
def flatten(d, prefix=''):
    for k in sorted(d):
        v = d[k]
        key = prefix + k
        if isinstance(v, dict):
            yield from flatten(v, key + '.')
        else:
            yield key, v
for k, v in flatten(cfg):
    print('%-14s = %s' % (k, json.dumps(v)))
print(json.dumps(cfg, separators=(',', ':'), sort_keys=True))
