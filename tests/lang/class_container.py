# __len__, __getitem__, __setitem__, __contains__, __iter__
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        return x in self.items
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], 2 in b, 9 in b, bool(b), bool(Bag()))
b[0] = 100
print(b[0], b[1:])
print(list(b), [x * 2 for x in b])
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()))
for v in Seq():
    print(v)
print(3 in Bag(1, 3))
