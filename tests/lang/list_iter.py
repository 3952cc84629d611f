# iterating lists
a = ["a", "b", "c"]
for x in a:
    print(x, end=" ")
print()
for i, x in enumerate(a):
    print(i, x)
for i, x in enumerate(a, 1):
    print(i, x)
total = 0
for n in [1, 2, 3, 4]:
    total += n
print(total)
it = iter(a)
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed(a)), a)
m = [[1, 2], [3, 4]]
for row in m:
    for v in row:
        print(v, end=",")
print()
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
