# json.loads errors: ValueError (CPython's JSONDecodeError subclasses it)
import json

bad = ['', ' ', '[', ']', '[1,]', '[1 2]', '{', '{"a"}', '{"a":}', '{"a" 1}', '{"a":1,}',
       '{1: 2}', "{'a': 1}", '01', '1.', '.5', '-', '+1', '1e', '0x10', '"abc', '"\\x"',
       '"\\u12"', '"\\u12G4"', '"\t"', '"a\nb"', '[1] x', '1 2', 'nul', 'tru', 'True', 'None',
       'nan', 'inf', '-inf', '[-]', '{"a":1}}', '"\\', '[1,,2]', '\x00']
for s in bad:
    try:
        print(repr(s), json.loads(s))
    except ValueError:
        print(repr(s), 'ValueError')

try:
    json.loads('[1, 2')
except json.JSONDecodeError:
    print('JSONDecodeError')
for arg in [None, 1, [1]]:
    try:
        json.loads(arg)
    except TypeError:
        print('TypeError')

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError:
    print('ValueError circular list')
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError:
    print('ValueError circular dict')
shared = [1]
print(json.dumps([shared, shared, {'x': shared}]))
