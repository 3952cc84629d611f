# int() conversions
print(int("42"), int("-17"), int("  12  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
print(int("0x1f", 16), int("0o17", 8), int("0b101", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("99", 0))
print(int("z", 36), int("10", 36))
print(int(3.9), int(-3.9), int(0.0), int(True), int(False))
print(int(), int(7))
print(int("007"), int("-0"))
for bad in ["", "abc", "1.5", "12a", " "]:
    try:
        int(bad)
        print("no error for", repr(bad))
    except ValueError:
        print("ValueError for", repr(bad))
