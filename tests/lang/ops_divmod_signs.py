# floor division and modulo sign rules for ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1e10, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % 1.5, -5 % 1.5, 5.0 // 0.3)
for exp in (0, 1, 2, 3):
    print((-3) ** exp, 3 ** exp)
print(2 ** -2, (-2) ** -2, 10 ** -3)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000007))
for z in (0, 0.0):
    for op in ('1 // z', '1 % z', '1 / z', 'divmod(1, z)'):
        try:
            eval(op)
        except ZeroDivisionError:
            print('ZeroDivisionError', op, type(z).__name__)
print(-1 // 10 ** 20, -1 % 10 ** 20)
print((10 ** 20) // -7, (10 ** 20) % -7)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(abs(-0.0), -0.0 == 0.0)
print(round(-7 / 2), round(7 / 2), round(5 / 2))
