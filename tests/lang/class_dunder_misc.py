# __call__, __len__, __iter__, __getitem__, __setitem__, __delitem__, __contains__, __bool__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, pos):
        return pos in self.cells
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
    def __call__(self, ch):
        return sum(1 for v in self.cells.values() if v == ch)
    def __bool__(self):
        return bool(self.cells)
g = Grid(4, 3)
print(bool(g), len(g))
g[0, 0] = '#'
g[1, 1] = '#'
g[3, 2] = '@'
for row in g:
    print(row)
print((1, 1) in g, (2, 2) in g, len(g), g('#'), bool(g))
del g[1, 1]
print(list(g), len(g))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), [x for x in Seq()], 9 in Seq(), sum(Seq()))
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __reversed__(self): return iter(self.d[::-1] + ['!'])
print(list(reversed(Rev([1, 2, 3]))))
