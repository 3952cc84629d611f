# conditional expressions and chained logic
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)
print([sign(v) for v in (-3, 0, 8)])
a = 5
b = a > 3 and "big" or "small"
print(b)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
