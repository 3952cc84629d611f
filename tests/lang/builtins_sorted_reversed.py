# sorted and reversed
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted([-3, 1, -2], key=abs), sorted([[2, 1], [1, 2], [1, 1]]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r), list(r))
orig = [5, 4]
s = sorted(orig)
print(orig, s, s is orig)
