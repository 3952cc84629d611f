# isinstance/issubclass with builtin types and tuples
class A:
    pass
class B(A):
    pass
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, A(), B(), range(2)]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, (list, tuple)), isinstance(v, A))
print(issubclass(bool, int), issubclass(B, (int, A)), issubclass(int, object))
print(isinstance(A, type), isinstance(int, type), type(A()) is A, type(B()) is A)
print(type(5) == int, type("") == str, type([]) is list)
