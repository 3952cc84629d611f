# three-argument pow: positive, negative (modular inverse) exponents, big values, signs
print([pow(b, e, m) for b, e, m in [(2, 10, 1000), (3, 0, 7), (0, 0, 5), (-2, 3, 7), (2, 3, -7), (-2, 3, -7), (5, 1, 1)]])
print([pow(b, -1, m) for b, m in [(3, 11), (10, 17), (-3, 11), (3, -11), (2 ** 61 - 2, 2 ** 61 - 1)]])
print(pow(7, -2, 13), pow(123456789, -5, 10 ** 9 + 7), pow(2, 10 ** 20, 10 ** 9 + 7), pow(3, 2 ** 70, 2 ** 64))
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        pow(*args)
    except ValueError as e:
        print('ValueError', args)
for args in [(2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, args)
print(pow(2, 3), pow(2, -1), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(0, 0), pow(2.5, 2))
