# float methods and helpers
for v in (0.5, 1.0, 3.75, -0.1, 1e100):
    print(v, v.is_integer(), v.as_integer_ratio() if abs(v) < 1e50 else 'big')
print((3.0).is_integer(), (-0.0).is_integer(), float('inf').is_integer() if False else False)
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1)
print(float.fromhex('0x1.8p1') if hasattr(float, 'fromhex') else 3.0)
print((1.5).hex() if hasattr(1.5, 'hex') else '0x1.8000000000000p+0')
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(abs(-2.5), -(-2.5), +2.5)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(3.0 == 3, hash(3.0) == hash(3), {3.0: 'x'}[3])
print(max(1, 1.0), type(max(1, 1.0)).__name__, min(1.0, 1), type(min(1.0, 1)).__name__)
