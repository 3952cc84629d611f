# min, max, sum
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((7,)), max(range(5)))
print(min([], default=0), max([], default="none"))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-5, 3], key=abs))
print(max(1, 2.5), min(-1, -1.5), max([True, 2]))
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10), sum([[1], [2]], []))
try:
    max([])
except ValueError:
    print("ValueError")
try:
    min()
except TypeError:
    print("TypeError")
print(max((1, "b"), (1, "a")), min([[2], [1, 5]]))
