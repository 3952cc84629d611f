# bound methods: identity, equality, __self__, __func__, storing and calling later
class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def add(self, k): return self.n + k
a = A(3)
m = a.get
print(m(), m.__self__ is a, m.__func__ is A.get)
print(a.get == a.get, A(1).get == A(1).get)
calls = [a.get, A(10).get, A(20).add]
print(calls[0](), calls[1](), calls[2](5))
print(list(map(A.get, [A(1), A(2)])), list(map(a.add, [1, 2])))
print(A.get(a), A.add(a, 100))
class Counter:
    def __init__(self): self.c = 0
    def tick(self):
        self.c += 1
        return self.c
c = Counter()
t = c.tick
t(); t(); t()
print(c.c)
handlers = {'inc': c.tick, 'get': lambda: c.c}
handlers['inc']()
print(handlers['get']())
class B(A):
    def get(self): return 'B' + str(super().get())
print(B(4).get(), A.get(B(4)))
print(sorted([A(3), A(1), A(2)], key=A.get)[0].n)
