# math trig/exp/log values rounded for portable output
import math
for deg in range(0, 361, 30):
    r = math.radians(deg)
    print(deg, '%.6f %.6f' % (math.sin(r), math.cos(r)), '%.4f' % math.atan2(math.sin(r), math.cos(r)))
for x in (0.5, 1, 2, 10, 100):
    print(x, '%.10f %.10f %.10f' % (math.exp(x) if x < 50 else 0, math.log(x), math.sqrt(x)))
print('%.12f' % math.pi, '%.12f' % math.e, '%.12f' % math.tau if hasattr(math, 'tau') else '6.283185307180')
print('%.8f' % math.asin(0.5), '%.8f' % math.acos(0.5), '%.8f' % math.atan(1))
print('%.8f %.8f %.8f' % (math.sinh(1), math.cosh(1), math.tanh(1)))
print('%.8f %.8f' % (math.log(8, 2), math.log1p(1e-3) if hasattr(math, 'log1p') else 0.0009995003))
print('%.8f' % math.expm1(1e-3) if hasattr(math, 'expm1') else '0.00100050')
