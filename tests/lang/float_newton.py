# numeric algorithms with floats: Newton's sqrt, series, trapezoid
def sqrt(x):
    g = x / 2.0
    for i in range(30):
        g = (g + x / g) / 2.0
    return g

for n in (2, 9, 10, 144, 0.25):
    print(n, round(sqrt(n), 10))

def pi_leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s

print("%.6f" % pi_leibniz(2000))

def trap(f, a, b, n):
    h = (b - a) / n
    s = (f(a) + f(b)) / 2
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

print("%.8f" % trap(lambda x: x * x, 0.0, 1.0, 1000))
print(isinstance(1.0, float), isinstance(1, float), isinstance(1.0, int))
