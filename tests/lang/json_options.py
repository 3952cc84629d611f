# json: skipkeys, allow_nan, check_circular; loads hooks (object_hook, object_pairs_hook,
# parse_float, parse_int, parse_constant); dump/load pass them through
import json

d = {'a': 1, (1, 2): 'tuple key', 'b': 2, frozenset(): 3, 5: 'five'}
print(json.dumps(d, skipkeys=True))
print(json.dumps({(1,): 1}, skipkeys=True), json.dumps({(1,): 1, 'z': 0}, skipkeys=True, indent=2))
print(json.dumps([{(1,): 1}, {}], skipkeys=True, separators=(',', ':')))
try:
    json.dumps(d)
except TypeError:
    print('TypeError without skipkeys')

for v in [float('nan'), float('inf'), [1, float('-inf')], {'k': float('nan')}, {float('inf'): 1}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError:
        print('ValueError allow_nan')
print(json.dumps([1.5, 2], allow_nan=False), json.dumps([float('nan')], allow_nan=True))
print(json.dumps([1, [2]], check_circular=True), json.dumps({'a': [1]}, check_circular=False))

print(json.loads('{"a": {"b": 1}}', object_hook=lambda o: sorted(o.items())))
print(json.loads('[{"x": 1, "y": 2}, {}]', object_hook=len))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": {"c": []}}', object_pairs_hook=list))
print(json.loads('{"a": 1}', object_hook=len, object_pairs_hook=dict))
print(json.loads('[1.5, 2, -0.25e1, 10]', parse_float=lambda s: ('F', s)))
print(json.loads('[1.5, 2, -7, 10]', parse_int=lambda s: ('I', s)))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: s.lower()))

def strict_constant(s):
    raise ValueError('no ' + s)
try:
    json.loads('[1, NaN]', parse_constant=strict_constant)
except ValueError as e:
    print('ValueError', e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

def as_point(o):
    if set(o) == {'x', 'y'}:
        return Point(o['x'], o['y'])
    return o
print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
print(json.load(Source('{"p": 1.25}'), parse_float=lambda s: s))
try:
    json.loads('[]', bogus=1)
except TypeError:
    print('TypeError bogus kw')
