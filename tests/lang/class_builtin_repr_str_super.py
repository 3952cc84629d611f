# builtin __repr__/__str__ reached via super(), Type.__repr__(obj) or v.__repr__()
class ML(list):
    def __repr__(self):
        return 'ML' + super().__repr__()
print(repr(ML([1, 2])))
class MS(str):
    def __str__(self):
        return 'MS:' + super().__str__()
print(str(MS('a')))
class MD(dict):
    def __repr__(self):
        return 'MD' + dict.__repr__(self)
print(repr(MD(a=1)))
class MI(int):
    def __str__(self):
        return 'MI' + int.__str__(self)
print(str(MI(4)))
class E(Exception):
    def __str__(self):
        return 'E:' + super().__str__()
print(str(E('m')))
for v in (1.5, -0.0, 5, 2 ** 70, 'x', [1], (1,), {1: 2}, b'y', None, True, range(2)):
    print(type(v).__name__, v.__repr__(), v.__str__())
