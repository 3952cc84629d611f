# inf / nan / -0.0 behaviour
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf * 0 != inf * 0)
print(nan + 1 != nan + 1)
print(-0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0))
print(repr(-0.0 * 1), str(0.0 - 0.0))
print(1e308 * 10, -1e308 * 10)
print(2.0 ** 1023 * 2 == inf)
print(int(-0.0), round(-0.4))
print(inf > 10 ** 400)
print(float(10 ** 300) == 1e300)
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError")
