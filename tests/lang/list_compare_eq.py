# equality and identity of lists; lists with user objects
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v

a = [V(1), V(2)]
print(V(1) in a, V(3) in a, a.index(V(2)), a.count(V(1)))
print([1, 2] == [1, 2], [1, 2] is [1, 2], [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), [] == [], [0] == [False])
x = [1]
x.append(x)
print(len(x), x[1] is x)
