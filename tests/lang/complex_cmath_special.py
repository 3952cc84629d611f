# cmath special values and conversions
import cmath, math
print(cmath.phase(0), cmath.phase(-0.0), cmath.phase(complex(0, -0.0)), cmath.phase(complex(-0.0, 0.0)), cmath.phase(complex(-0.0, -0.0)))
print(cmath.polar(0), cmath.polar(-1), cmath.polar(1j), cmath.polar(complex(3, 4)))
print(cmath.rect(0, 0), cmath.rect(1, 0), cmath.rect(-2, 0), abs(cmath.rect(2, 1)) == 2.0)
print(cmath.sqrt(0), cmath.sqrt(-0.0), cmath.sqrt(1), cmath.sqrt(-9), cmath.sqrt(complex(0, 2)), cmath.sqrt(2j * 2j))
print(cmath.exp(0), cmath.log(1), cmath.log(-1), cmath.log10(100), cmath.log10(-10), cmath.log(math.e))
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(cmath.infj), cmath.inf == math.inf, cmath.infj.imag)
print(type(cmath.sqrt(4)).__name__, type(cmath.phase(1)).__name__, type(cmath.polar(1)).__name__)
class C:
    def __complex__(self):
        return 2j
class F:
    def __float__(self):
        return -4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(F()), cmath.exp(True))
for bad in ('1', None, [1]):
    try:
        cmath.sqrt(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    cmath.log(1, 0)
except ValueError:
    print('ValueError log base 0')
try:
    cmath.cosh(1000)
except OverflowError:
    print('OverflowError cosh')
try:
    cmath.rect(1, math.inf)
except ValueError:
    print('ValueError rect')
print(round(cmath.log(8, 2).real, 12), round(abs(cmath.cos(1j) - math.cosh(1)), 12), cmath.isclose(cmath.sin(1j), 1j * math.sinh(1)))
