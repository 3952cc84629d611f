# abs, divmod, pow, round
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 80)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3))
print(pow(2, 5), pow(2, -1), pow(-2, 3), pow(5, 3, 7), pow(2.0, 3))
print(round(3.5), round(4.5), round(-3.5), round(2.567, 2), round(1234, -2), round(5))
