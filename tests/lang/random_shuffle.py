# random: shuffle keeps the elements, works on lists, bytearrays and
# user sequences
import random

random.seed(99)
l = list(range(50))
random.shuffle(l)
print(sorted(l) == list(range(50)), l != list(range(50)), len(l))
w = ['a', 'b', 'c', 'd', 'e', 'f']
random.shuffle(w)
print(sorted(w))
b = bytearray(b'abcdefghij')
random.shuffle(b)
print(bytes(sorted(b)))
e = []
random.shuffle(e)
print(e)
o = [7]
random.shuffle(o)
print(o)


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v


s = Seq(range(10))
random.shuffle(s)
print(sorted(s.items) == list(range(10)))
seen = set()
for _ in range(200):
    t = [1, 2, 3]
    random.shuffle(t)
    seen.add(tuple(t))
print(len(seen), sorted(seen))
