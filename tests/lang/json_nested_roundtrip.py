# json with nested structures and round trips
import json
doc = {'name': 'kiln', 'version': [1, 2, 3], 'ok': True, 'none': None, 'ratio': 0.75,
       'nested': {'list': [{'a': 1}, {'b': [2, 3]}], 'empty': {}, 'el': []}, 'unicode': 'héllo ☃'}
s = json.dumps(doc)
print(s)
back = json.loads(s)
print(back == doc, type(back['version']).__name__, back['nested']['list'][1]['b'])
print(json.dumps(doc, sort_keys=True) if True else '')
print(json.dumps([1, 'two', 3.0, None, False]))
print(json.loads('[1, 2.5, "x", null, true, false, {"k": [ ]}]'))
print(json.loads('  {"a" : {"b" : {"c" : [1, [2, [3]]]}}}  ')['a']['b']['c'])
print(json.loads('"esc\\n\\t\\"\\\\\\u00e9"'))
print(json.dumps('quote " backslash \\ newline \n tab \t'))
print(json.dumps({'k': 'ünï'}), json.dumps('\x01'))
for bad in ('{', '[1,]', '{"a" 1}', 'tru', '', '[1 2]', "{'a': 1}"):
    try:
        json.loads(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
print(json.loads('1e3'), json.loads('-0'), json.loads('123456789012345678901234'))
