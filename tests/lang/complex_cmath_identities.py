# numerical identities with cmath (rounded to stay platform independent)
import cmath, math
def close(a, b, tol=1e-9):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))
zs = [1 + 1j, -2 + 0.5j, 0.3 - 1.7j, 3j, -1.5]
for z in zs:
    print(z,
          close(cmath.exp(cmath.log(z)), z),
          close(cmath.sqrt(z) ** 2, z),
          close(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1),
          close(cmath.rect(*cmath.polar(z)), z),
          close(cmath.tan(z), cmath.sin(z) / cmath.cos(z)),
          close(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2, 1),
          close(cmath.asin(cmath.sin(z * 0.3)), z * 0.3),
          close(cmath.atanh(cmath.tanh(z * 0.3)), z * 0.3),
          close(cmath.log10(z), cmath.log(z) / math.log(10)))
print(close(cmath.exp(1j * math.pi), -1), close(cmath.exp(2j * math.pi), 1), round(cmath.phase(cmath.exp(1j)), 12))
print([round(abs(cmath.rect(1, k * math.pi / 4)), 12) for k in range(4)])
roots = [cmath.rect(1, 2 * math.pi * k / 5) for k in range(5)]
print(close(sum(roots), 0), all(close(r ** 5, 1) for r in roots))
