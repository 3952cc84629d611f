# enumerate and zip
print(list(enumerate("abc")), list(enumerate([], 5)), list(enumerate("xy", start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
names = ["a", "b"]
vals = [1, 2]
print(dict(zip(names, vals)))
for i, (n, v) in enumerate(zip(names, vals)):
    print(i, n, v)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
e = enumerate("ab")
print(next(e), next(e))
