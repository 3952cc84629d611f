# isinstance, type, issubclass, callable
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("", (list, tuple)))
print(type(1) is int, type(True) is bool, type(None).__name__, type(type).__name__, type(int).__name__)
print(type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__, type(range(1)).__name__)
print(type(len).__name__ in ("builtin_function_or_method", "function"))
print(callable(len), callable(int), callable("s"), callable(None))
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
print(isinstance(f, object), isinstance(None, object), isinstance(int, object))
