# floor division, modulo and divmod sign rules
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 7):
        print(a, b, a // b, a % b, divmod(a, b))
try:
    1 // 0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError divmod")
