# larger comprehensions
squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares) % 99991)
d = {i: str(i) for i in range(3000)}
print(len(d), d[2999], sum(len(v) for v in d.values()))
s = {i * 7 % 1000 for i in range(5000)}
print(len(s))
