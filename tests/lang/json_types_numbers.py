# json number and type handling
import json
for v in [0, -1, 10 ** 20, 1.5, -0.0, 1e100, 1e-10, 3.0, True, False, None, '', [], {}]:
    s = json.dumps(v)
    print(repr(v), s, repr(json.loads(s)))
print(json.loads('1.0'), type(json.loads('1.0')).__name__, type(json.loads('1')).__name__)
print(json.loads('[1E2, 2e-2, -3.5E+1]'))
print(json.dumps((1, 2)), json.dumps({'t': (3,)}))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
try:
    json.dumps({1, 2})
except TypeError:
    print('TypeError set')
try:
    json.dumps(object())
except TypeError:
    print('TypeError object')
print(json.dumps('\u00e9\u4e2d'), json.loads('"\\u4e2d"'))
print(json.dumps([[[]]]), json.loads('[[[]]]'))
print(json.dumps({'a': [1, {'b': None}]}, indent=2))
