# truthiness and bool/int interplay
for v in (0, 1, -1, 100):
    if v:
        print(v, "true")
    else:
        print(v, "false")
print(bool(0), bool(5), not 0, not 7)
print(True + True, True * 10, False - 1)
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print(isinstance(True, int), isinstance(1, bool))
print(int(True) + int(False))
print(sum([True, True, False, True]))
