# shortest round-trip repr for many floats
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-5, 1e-4, 0.001, 1e15, 1e16, 1e17, 12345.678,
        3.141592653589793, 2.718281828459045, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        123456789.0, 0.1 + 0.7, 9007199254740993.0, 1e100, 1.5e-10, 4.35, 0.35, 2.675, 1e23, 8.41e21, 5e-7]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v)
x = 1.0
for i in range(20):
    x /= 7
    print(repr(x))
print([round(0.1 * i, 10) for i in range(12)])
print([i / 10 for i in range(12)])
