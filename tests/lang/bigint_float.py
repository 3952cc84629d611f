# conversions between big ints and floats
print(float(2 ** 64), float(-(2 ** 70)), float(10 ** 22), float(3 ** 40))
print(int(1e30), int(-1.5e20), int(2.0 ** 80))
print(2 ** 100 * 0.5, 10 ** 30 / 4, (10 ** 30) // 4.0)
print(float(2 ** 53 + 1), float(2 ** 1023) * 1.5 > 1e307)
print(round(2 ** 70 + 0.0) == 2 ** 70)
