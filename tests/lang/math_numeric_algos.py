# numeric algorithms built on math: Newton, Simpson, bisection, series
import math
def newton_sqrt(x, tol=1e-12):
    g = x / 2 if x > 1 else 1.0
    while abs(g * g - x) > tol * x:
        g = (g + x / g) / 2
    return g
print(['%.10f' % newton_sqrt(v) for v in (2, 10, 12345.678)])
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print('%.8f' % simpson(math.sin, 0, math.pi), '%.8f' % simpson(lambda x: x * x, 0, 3))
def bisect(f, lo, hi):
    for _ in range(60):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2
print('%.9f' % bisect(lambda x: x ** 3 - 2 * x - 5, 2, 3), '%.9f' % bisect(math.cos, 0, 3))
def exp_series(x, terms=30):
    s, t = 1.0, 1.0
    for k in range(1, terms):
        t *= x / k
        s += t
    return s
print(['%.10f' % exp_series(v) for v in (0, 1, -1, 2.5)], '%.10f' % math.e)
def pi_leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))
print('%.6f' % pi_leibniz(10000), '%.6f' % math.pi)
print(math.hypot(5, 12), '%.6f' % math.atan2(-1, -1), math.degrees(math.atan2(1, 0)))
