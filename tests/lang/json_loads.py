# json.loads: every value kind, whitespace, escapes, numbers, bytes input
import json

for s in ['null', 'true', 'false', '0', '-0', '1', '-17', '123456789012345678901234567890',
          '1.5', '-0.0', '1e3', '1E-3', '2.5e+2', '0.1', '1e400', '-1e400', 'NaN', 'Infinity',
          '-Infinity', '""', '"abc"', '[]', '{}', '[1, [2, [3]]]', ' \t\n\r 42 \n',
          '{"a": {"b": {"c": []}}}', '[true,false,null]', '{"k":1,"k":2}',
          '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC"', '"\\ud83d\\ude00"',
          '{"\\u006b": 1}', '"caf\u00e9 \U0001F600"', '[1.0, 2.50, 3e0]', '{"a" : 1 , "b":2}']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)

v = json.loads('{"b": 1, "a": 2, "c": 3}')
print(list(v.keys()))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('"caf\u00e9"'.encode('utf-8')))
nan = json.loads('NaN')
print(nan != nan)
doc = {'name': 'board', 'pins': [21, 22, 23], 'cfg': {'freq': 240.5, 'on': True, 'x': None}}
print(json.loads(json.dumps(doc)) == doc)
print(json.loads(json.dumps(doc, indent=2)) == doc)
big = list(range(300))
print(json.loads(json.dumps(big)) == big)
nested = json.loads('[' * 50 + ']' * 50)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)
