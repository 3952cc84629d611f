# conversions between big ints and strings in various bases
s = "123456789" * 8
n = int(s)
print(n, str(n) == s, len(str(n)))
print(int("-" + s) == -n)
print(int("f" * 40, 16))
print(int("1" * 100, 2))
print(int("zzzzzzzzzzzzzzzz", 36))
print(int("0x" + "ab" * 20, 16))
print(hex(n), oct(n), bin(2 ** 70 + 1))
print(repr(2 ** 64), str(-(2 ** 64)))
big = 7 ** 300
t = str(big)
print(len(t), t[:30], t[-30:], int(t) == big)
print("%d" % (2 ** 80), "{}".format(-(3 ** 50)), "{:x}".format(2 ** 90))
