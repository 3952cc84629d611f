# collections and io types used with json and struct
import json, io, struct
from collections import OrderedDict, defaultdict, namedtuple, deque

print(json.dumps(OrderedDict(b=1, a=2)), json.dumps(defaultdict(int, x=1)))
s = io.StringIO()
json.dump({"k": [1, 2]}, s)
print(s.getvalue())
print(json.load(io.StringIO('{"a": 1, "b": [true, null]}')))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), json.dumps(list(deque([3, 4]))))
b = io.BytesIO()
b.write(struct.pack("<HI", 1, 2))
b.write(struct.pack(">h", -5))
print(b.getvalue(), struct.unpack("<HI", b.getvalue()[:6]), struct.unpack(">h", b.getvalue()[6:]))
Rec = namedtuple("Rec", "a b c")
print(Rec(*struct.unpack("<BBH", b"\x01\x02\x03\x04")))
print(Rec._make(struct.unpack("<BBH", b"\x05\x06\x07\x08"))._asdict())
