# json.dump / json.load through objects with write() and read()
import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def text(self):
        return ''.join(self.parts)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self, *args):
        t = self.text
        self.text = ''
        return t

out = Sink()
print(json.dump({'a': [1, 2.5, None], 'b': 'x\u00e9'}, out))
print(out.text())
out = Sink()
json.dump([1, {'k': True}], out, separators=(',', ':'))
print(out.text())
out = Sink()
json.dump({'z': 1, 'y': [2]}, out, indent=2, sort_keys=True)
print(out.text())
print(json.load(Source('{"x": [1, 2, {"y": null}]}')))
print(json.load(Source(b'[true, false]')))
try:
    json.load(Source('{bad'))
except ValueError:
    print('ValueError')
doc = {'id': 7, 'tags': ['a', 'b'], 'pos': {'x': 1.25, 'y': -3}}
out = Sink()
json.dump(doc, out)
print(json.load(Source(out.text())) == doc)
try:
    json.dump([1], object())
except AttributeError:
    print('AttributeError')
