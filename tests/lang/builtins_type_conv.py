# constructors of builtin types
print(int("12"), int(3.7), float("2.5"), float(3), str(4), str([1]), bool(""), bool("x"))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple(), dict(a=1), dict([(1, 2)]), dict())
print(sorted(set("abca")), set(), sorted(set([3, 3, 1])))
print(repr(str()), int(), float(), bool(), list(), tuple(), dict())
print(bool(None), bool(0.0), bool([0]), bool({}), bool(range(0)), bool(range(1)))
print(type(int("5")).__name__, type(str(5)).__name__, type(float(5)).__name__)
