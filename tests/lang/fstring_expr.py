# f-string expressions
x = 10
y = 3
print(f"{x / y:.3f} {x // y} {x % y} {x ** y}")
print(f"{x if x > y else y} {'big' if x > 5 else 'small'}")
print(f"{[i * i for i in range(4)]}")
def f(a):
    return a * 2
print(f"{f(4)} {f('ab')}")
w = 8
print(f"{x:{w}}|{x:<{w}}|")
print(f"{3.0} {1e22} {0.1 + 0.2}")
print(f"{None} {True} {(1, 2)}")
s = "q"
print(f"{s!r:>5}|")
print(f"a" f"b" f"{x}")
print(f"""multi
{x}""")
