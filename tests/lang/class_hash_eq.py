# __hash__ with __eq__ for dict keys
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, o):
        return self.a == o.a and self.b == o.b
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "x"}
d[Key(3, 4)] = "y"
print(d[Key(1, 2)], d[Key(3, 4)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
class Default:
    pass
x = Default()
d2 = {x: 1}
print(d2[x], Default() in d2)
