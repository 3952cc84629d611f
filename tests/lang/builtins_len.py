# len of builtin containers
print(len(""), len("abc"), len("héé"), len(b"ab"), len([]), len([1, 2]), len(()), len((1,)))
print(len({}), len({1: 2}), len(set()), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)))
print(len([[1, 2], [3]]), len("\n"), len(str(12345)))
try:
    len(5)
except TypeError:
    print("TypeError")
try:
    len(None)
except TypeError:
    print("TypeError")
