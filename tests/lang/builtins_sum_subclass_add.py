# sum() without a start value starts from 0 (0 + first item), it does not start from the first item
class I(int):
    def __add__(self, o):
        return 'I.add'
print(sum([I(1), I(2)]))
class V:
    def __init__(self, v): self.v = v
    def __radd__(self, o):
        return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __add__(self, o):
        return 'V.add'
r = sum([V(1), V(2)])
print(r if isinstance(r, str) else r.v)
