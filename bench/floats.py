# bench: float arithmetic loops, math functions, float formatting
import math


def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


def newton_sqrt(x):
    g = x / 2.0
    for _ in range(20):
        g = 0.5 * (g + x / g)
    return g


def mandel(cx, cy, limit):
    zx = zy = 0.0
    for i in range(limit):
        zx2 = zx * zx
        zy2 = zy * zy
        if zx2 + zy2 > 4.0:
            return i
        zy = 2.0 * zx * zy + cy
        zx = zx2 - zy2 + cx
    return limit


def main():
    total = 0.0
    count = 0
    for rep in range(140):
        total += integrate(math.sin, 0.0, math.pi, 4000)
        total += integrate(lambda x: x * x * x - 2.0 * x, -1.5, 2.5, 4000)
        for i in range(1, 400):
            total += newton_sqrt(float(i)) - math.sqrt(i)
        for y in range(-12, 12):
            for x in range(-30, 10):
                count += mandel(x / 15.0, y / 10.0, 40)
        v = [math.exp(-i / 50.0) * math.cos(i / 7.0) for i in range(600)]
        m = sum(v) / len(v)
        var = sum((t - m) ** 2 for t in v) / len(v)
        total += m + math.sqrt(var) + math.atan2(m, var) + math.log(1.0 + var)
        total += math.hypot(3.0, 4.0) + math.floor(2.7) + math.fabs(-1.25)
        strs = []
        for i in range(300):
            f = i * 1.37 - 100.0
            strs.append("%.3f" % f)
            strs.append("{:.2e}".format(f))
            strs.append(repr(f / 7.0))
        count += sum(len(s) for s in strs)
        count += sum(round(float(s)) for s in strs[::3])
    print("floats", count, "%.6f" % total)

main()
