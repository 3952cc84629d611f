# larger comprehensions (kept well inside the default 256K heap)
squares = [i * i for i in range(3000)]
print(len(squares), squares[-1], sum(squares) % 99991)
squares = None
d = {i: str(i) for i in range(1000)}
print(len(d), d[999], sum(len(v) for v in d.values()))
d = None
s = {i * 7 % 1000 for i in range(3000)}
print(len(s))
print(sum([x for x in range(20000) if x % 7 == 3]))
