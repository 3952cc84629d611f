# shortest round-trip repr over many computed values
vals = [i / 10 for i in range(-15, 31)]
vals += [1 / i for i in range(1, 31)]
vals += [10.0 ** i for i in range(-12, 24)]
vals += [2.0 ** i for i in range(-20, 70, 7)]
vals += [i * 0.3 for i in range(10)] + [i * 1.1 for i in range(10)]
vals += [1e300 * 10, 123e-20, 6.02214076e23, 1.602176634e-19, 299792458.0, 2.718281828459045]
for v in vals:
    r = repr(v)
    assert float(r) == v
    print(r)
print(str(1.0e15), str(1.0e16), str(-1.0e16), str(0.0001), str(0.00001))
print(float("1.00000000000000011"), float("0.1000000000000000055511151231257827"))
