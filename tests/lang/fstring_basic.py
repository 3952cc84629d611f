# f-strings
name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{pi:.2f} {n:5d}| {n:<5}| {n:>5}| {n:^5}|")
print(f"{name!r} {name.upper()} {len(name)}")
print(f"{{braces}} {n}")
print(f"{'nested' + ' str'}")
items = [1, 2, 3]
print(f"{items} {items[0]} {sum(items)}")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{n:x} {n:#o} {n:08b}")
