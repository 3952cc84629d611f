import cmath, math
def r(z):
    if isinstance(z, complex):
        return complex(round(z.real, 12), round(z.imag, 12))
    if isinstance(z, float):
        return round(z, 12)
    return z
print(cmath.pi == math.pi, cmath.e == math.e, cmath.inf, cmath.nan, cmath.infj, cmath.nanj, cmath.tau)
for f in ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'acos', 'asin', 'atan', 'cosh', 'sinh', 'tanh', 'acosh', 'asinh', 'atanh']:
    fn = getattr(cmath, f)
    print(f, [r(fn(z)) for z in (1+2j, -1.5+0.5j, 0.25j, 2, -3.0)])
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(complex(-4, -0.0)))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1-0j), cmath.phase(complex(-1, -0.0)))
print(r(cmath.polar(1+1j)[0]), r(cmath.polar(1+1j)[1]), cmath.polar(-2))
print(r(cmath.rect(2, math.pi / 2)), cmath.rect(3, 0), r(cmath.rect(1, math.pi)))
print(r(cmath.log(8, 2)), r(cmath.log(100, 10)), r(cmath.log(1j, 1j)))
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
for bad in (0, 0j):
    try:
        cmath.log(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    cmath.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
try:
    cmath.sqrt('x')
except TypeError:
    print('TypeError')
print(r(cmath.exp(1j * math.pi)))
