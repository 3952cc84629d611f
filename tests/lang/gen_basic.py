# generators with yield
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "done"))
def three():
    yield "a"
    yield "b"
    yield "c"
for x in three():
    print(x)
print(sum(count_up(101)), max(count_up(10)), sorted(three(), reverse=True))
print(type(g).__name__)
