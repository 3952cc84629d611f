# complex with int, float and bool on both sides of every operator
values = [2, -3, 1.5, True, False, 0.0]
zs = [1 + 2j, -0.5j, 3 + 0j]
for z in zs:
    for v in values:
        out = [z + v, v + z, z - v, v - z, z * v, v * z]
        try:
            out.append(z / v)
        except ZeroDivisionError:
            out.append('div0')
        try:
            out.append(v / z)
        except ZeroDivisionError:
            out.append('div0')
        out += [z == v, v == z, z != v]
        print(z, v, out)
print(1 + 0j == 1, 1 == 1 + 0j, 1.0 + 0j == True, 2j == 2, [1 + 0j] == [1], {1 + 0j, 1, 1.0})
print(abs(3 + 4j), abs(-2j), abs(0j), abs(complex(-0.0, 0)), type(abs(1j)).__name__)
print(-(1 + 1j), +(1 - 1j), not (0 + 0j), bool(complex(0, -0.0)))
z = 1 + 1j
z += 1
z -= 2j
z *= 1j
z /= 2
print(z)
for op in ('//', '%', '<', '<=', '>', '>=', 'divmod'):
    try:
        if op == 'divmod':
            divmod(1j, 2)
        else:
            eval('1j %s 2' % op)
        print(op, 'ok')
    except TypeError:
        print(op, 'TypeError')
for f in (int, float, round):
    try:
        f(1 + 1j)
    except TypeError:
        print(f.__name__, 'TypeError')
