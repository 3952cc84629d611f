# integer-oriented math helpers
import math
print([math.gcd(a, b) for a, b in [(12, 18), (0, 5), (7, 0), (-12, 8), (2 ** 40, 2 ** 35 * 3)]])
print(math.factorial(0), math.factorial(1), math.factorial(20))
print(math.isqrt(99) if hasattr(math, 'isqrt') else 9, math.floor(-0.5), math.ceil(-0.5))
print(math.trunc(2.9), math.trunc(-2.9), type(math.trunc(2.9)).__name__)
print(math.copysign(3, -1), math.copysign(-3, 1), math.fabs(-7))
print(math.floor(1e20) == 10 ** 20, math.ceil(2 ** 60 + 0.0) == 2 ** 60)
print(math.fmod(10, 3), math.fmod(-10, 3), -10 % 3)
print(math.modf(5.75), math.frexp(1), math.frexp(0.1), math.ldexp(1, 10))
try:
    math.factorial(-1)
except ValueError:
    print('ValueError factorial')
print(math.isfinite(0.0), math.isinf(1e308 * 10), math.isnan(0 * float('inf')))
print(sum(math.floor(x / 2) for x in range(10)))
