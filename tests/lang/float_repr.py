# float repr must be the shortest string that round-trips (as CPython)
vals = [0.1, 1/3, 2/3, 1e22, 1e-7, 2.5, 1e16, 123456789.123, 0.5, 1.0, 100.0,
        1e15, 1e17, 1e-4, 1e-5, 0.0001, 12345.678, 3.14159, 1.5e300, 5e-324,
        1.7976931348623157e308, 0.3, 0.1 + 0.2, 1.1 * 3, 9007199254740993.0,
        123.0, -1.25, 2.0 ** 60, 1e21, 1e-300, 4.35, 0.000123]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"))
print(-0.0, 0.0, repr(-0.0))
print([0.1, 2.5, -0.0], (1e22,), {1.5: 0.25})
