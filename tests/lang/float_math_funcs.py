# float behaviour through common math functions
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.hypot(3, 4))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.isnan(float('nan')), math.isinf(-float('inf')), math.isfinite(1e308))
print(math.exp(0), math.exp(1) == math.e, math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.tan(math.pi / 4), 12))
print(round(math.degrees(math.pi), 9), round(math.radians(180), 12))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25))
print(round(math.atan2(1, 1), 12), round(math.asin(1), 12), round(math.acos(1), 12))
print(math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2))
print(math.isclose(0.1 + 0.2, 0.3) if hasattr(math, 'isclose') else True)
for bad in (-1, 0):
    try:
        math.log(bad)
    except ValueError:
        print('ValueError log', bad)
try:
    math.sqrt(-1)
except ValueError:
    print('ValueError sqrt')
print(math.factorial(10), math.gcd(12, 18))
print(math.pi, math.e, math.inf, -math.inf)
