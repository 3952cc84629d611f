# hash and equality: complex numbers equal to ints/floats hash the same
for v in (0, 1, -1, 2 ** 40, 0.5, -2.25, 1e300):
    print(v, hash(complex(v, 0)) == hash(v), complex(v) == v)
print(hash(1j) == hash(1j), hash(1 + 2j) == hash(complex(1, 2)), hash(0j) == hash(0))
d = {1: 'int', 2.5: 'float'}
print(d[1 + 0j], d[2.5 + 0j], 1 + 0j in d, 1j in d)
d[3j] = 'complex'
print(d[complex(0, 3)], len({1j, complex(0, 1), 1j + 0}), sorted(set([1, 1.0, 1 + 0j, 2])))
print(len({complex(float('nan'), 0)}), complex(0, 1) in [1j], [1j, 2j].index(2j), (1j, 2j).count(1j))
