# json indent/sort_keys/separators output formats
import json
data = {'b': 1, 'a': [1, 2.5, None], 'c': {'z': True, 'y': []}, 'd': {}}
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({'a': {}}, indent='\t'))
print(json.dumps(data, sort_keys=True, separators=(',', ':')))
print(json.dumps(data, sort_keys=True, separators=(', ', ': ')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\ud83d\\ude00"') == '\U0001f600')
print(json.dumps('\U0001f600'), json.loads(b'[1]'), json.dumps(1e16), json.dumps(0.1))
print(json.loads('[1,2]  '))
