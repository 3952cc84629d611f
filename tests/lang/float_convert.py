# float() conversions
print(float("1.5"), float("-2.25"), float("  3.0  "), float("1e3"), float("-1E-2"))
print(float(".5"), float("5."), float("+7"), float(10), float(-3), float(True))
print(float("inf"), float("-inf"), float("Infinity"), float("INF"))
print(float("nan"))
print(float(), float(2 ** 70))
print(int(2.5), int(-2.5), int(1e10), int(1e20))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
        print("no error", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
