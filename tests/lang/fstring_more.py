# more f-strings
x = 1234.5678
n = 1234567
name = "kiln"
d = {"k": "v", 1: "one"}
print(f"{x:.2f} {x:10.1f}| {x:<12.3f}| {x:e}")
print(f"{n:,} {n:>12,}|")
print(f"{name!s:^10}|{name!r:>8}|{name.upper()}")
print(f"{d['k']} {d[1]} {len(d)} {'k' in d}")
print(f"{3.14159:.{2}f} {'a' * 3} {[i for i in range(3)]}")
print(f"{str(n)[:3]} {x > 1000} {n % 7 == 0}")
def g(v):
    return v * 2
print(f"{g(21)} {g('ab')} {g(g(1))}")
for i in range(1, 4):
    print(f"{i:>3}{i * i:>5}{i ** 3:>6}")
print(f"{{}} {{{n}}}")
