class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __contains__(self, k):
        return super().__contains__(k)
    def __len__(self):
        return super().__len__() * 10
d = D(); d['a'] = 1; print(d['a'], 'a' in d, len(d))
class L(list):
    def __iter__(self):
        return super().__iter__()
    def __add__(self, o):
        return L(super().__add__(o))
    def __eq__(self, o):
        return super().__eq__(o)
print(list(L([1,2])), L([1]) + [2], L([1]) == [1])
class I(int):
    def __add__(self, o):
        return I(super().__add__(o) * 10)
    def __neg__(self):
        return super().__neg__() - 1
    def __lt__(self, o):
        return super().__lt__(o)
print(I(2) + 3, -I(5), I(1) < 2, int.__add__(2, 3), int.__neg__(4), float.__truediv__(1.0, 4))
class S(str):
    def __len__(self):
        return super().__len__() + 100
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
print(len(S('ab')), S('abc')[1], str.__len__('xyz'), str.__add__('a', 'b'), list.__len__([1]), dict.__getitem__({'k': 3}, 'k'))
print(hasattr(5, '__iter__'), hasattr('s', '__iter__'), hasattr([], '__len__'), hasattr(5, '__len__'), hasattr(5, '__add__'))
print(int.__mul__(3, 'a') if False else (3).__mul__(4), (2.5).__add__(1), (1).__radd__(2), (5).__eq__(5), (5).__add__('x'))
