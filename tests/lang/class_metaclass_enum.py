# a small Enum built on a metaclass (iteration, lookup by name and value, members as instances)
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name = k
            inst.value = v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError('%r is not a valid %s' % (value, cls.__name__))
    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self.name, self.value)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return self.name.lower()

print(list(Color), len(Color), Color['GREEN'], Color(3), Color.RED in Color, 5 in Color)
print(Color.RED.describe(), Color.BLUE.value, isinstance(Color.RED, Color), type(Color).__name__)
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
print(sorted(m.name for m in Color), Color.RED is Color(1), Color.GREEN == Color['GREEN'])
