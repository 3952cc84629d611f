# json.dumps: separators, indent, sort_keys, default
import json

data = {'name': 'kiln', 'list': [1, 2, [3, []], {}], 'obj': {'b': None, 'a': True}, 'empty': []}
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(', ', ' = ')))
print(json.dumps(data, separators=[';', '=>']))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='--'))
print(json.dumps(data, indent=4, separators=(', ', ': ')))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.dumps([[1, 2], [3]], indent=3))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('nope')

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({'p': Point(0, Point(5, 6))}, default=enc, sort_keys=True))
try:
    json.dumps([object()], default=enc)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({'b': 1, 2: 3}, sort_keys=True)
except TypeError:
    print('TypeError sort')
