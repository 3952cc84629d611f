# __getitem__ receives slice objects
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
    def __len__(self):
        return len(self.data)
s = Seq([1, 2, 3])
print(s[1], s[-1], s[1:2], s[:], s[::2], s[1:], s[:-1:3])
class Wrapper:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, k):
        r = self.items[k]
        return Wrapper(r) if isinstance(k, slice) else r
    def __repr__(self):
        return "W" + repr(self.items)
w = Wrapper(range(10))
print(w[2:5], w[::-3], w[4], w[2:8][1:3])
sl = slice(1, 5, 2)
print(sl.start, sl.stop, sl.step, [0, 1, 2, 3, 4, 5][sl])
