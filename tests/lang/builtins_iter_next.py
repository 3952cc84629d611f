# iter and next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None))
it = iter("xy")
print(list(it), list(it))
d = {"a": 1, "b": 2}
print(list(iter(d)))
t = iter((5,))
print(next(t))
try:
    next(t)
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError:
    print("TypeError")
r = iter(range(3))
print(iter(r) is r, list(r))
