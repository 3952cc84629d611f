# formatted table output
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print("{:<10}{:>6}{:>8}".format("name", "qty", "price"))
for name, qty, price in rows:
    print("{:<10}{:>6}{:>8.2f}".format(name, qty, price))
total = sum(q * p for _, q, p in rows)
print("%-10s%14.2f" % ("total", total))
for i in range(1, 4):
    print(" ".join("%3d" % (i * j) for j in range(1, 6)))
