# json.dumps: scalars, containers, default separators, key conversion
import json

for v in [None, True, False, 0, 1, -1, 123456789, 2**64, -2**100, 0.0, -0.0, 1.5, 0.1, 1e16,
          1e-7, 123456.789, 1e300, -2.5e-300, float('inf'), float('-inf'), float('nan'),
          '', 'abc', [], {}, (), [1], (1, 2), [[], [[]]], {'a': 1}]:
    print(json.dumps(v))
print(json.dumps([1, 'two', 3.0, None, True, [False], {'k': 'v'}]))
print(json.dumps({'a': 1, 'b': [1, 2], 'c': {'d': None}}))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', False: 'f'}))
print(json.dumps({-3: 0, 10**20: 1, float('inf'): 2}))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}))
print(json.dumps({'x': (1, (2, 3))}))
print(json.dumps([0.5, 100.0, 1e22, 1.0e-5, 3.141592653589793]))
print(type(json.dumps(1)).__name__)

class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
print(json.dumps(MyList([1, 2])), json.dumps(MyDict(a=1)))
print(json.dumps(MyStr('s')), json.dumps([MyInt(5)]))

for bad in [{1, 2}, b'bytes', object, json, {(1, 2): 3}, [1, bytearray(2)]]:
    try:
        json.dumps(bad)
        print('no error')
    except TypeError:
        print('TypeError')
