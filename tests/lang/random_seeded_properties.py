# random: only properties that hold for any seed
import random
random.seed(42)
xs = [random.random() for _ in range(200)]
print(all(0 <= x < 1 for x in xs), len(set(xs)) > 190)
ints = [random.randint(5, 10) for _ in range(300)]
print(min(ints) >= 5, max(ints) <= 10, sorted(set(ints)) == [5, 6, 7, 8, 9, 10])
r = [random.randrange(0, 100, 5) for _ in range(100)]
print(all(v % 5 == 0 and 0 <= v < 100 for v in r))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)))
c = [random.choice('abc') for _ in range(100)]
print(set(c) <= set('abc'))
random.seed(7)
a = [random.getrandbits(16) for _ in range(5)]
random.seed(7)
b = [random.getrandbits(16) for _ in range(5)]
print(a == b, all(0 <= v < 65536 for v in a))
u = [random.uniform(2, 3) for _ in range(50)]
print(all(2 <= v <= 3 for v in u))
print(random.getrandbits(0) if False else 0, random.randint(3, 3))
try:
    random.randrange(5, 5)
except ValueError:
    print('ValueError empty range')
try:
    random.choice([])
except IndexError:
    print('IndexError empty seq')
