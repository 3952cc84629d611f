# __iter__ implemented as a generator method
class Tree:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            for v in c:
                yield v
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), sum(t))
class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        n = 0
        while n < self.limit:
            yield n
            n += 2
e = Evens(10)
print(list(e), list(e), 4 in e, 5 in e)
