# random: every result stays inside its documented range
import random

random.seed(7)
ok = True
for _ in range(2000):
    r = random.random()
    ok = ok and 0.0 <= r < 1.0
print('random', ok)
ok = True
for k in (1, 2, 7, 8, 16, 31, 32, 33, 62, 63, 64, 100, 200):
    for _ in range(50):
        v = random.getrandbits(k)
        ok = ok and 0 <= v < 2 ** k
print('getrandbits', ok, random.getrandbits(0))
ok = True
for args in [(1,), (2,), (10,), (5, 6), (-10, 10), (0, 100, 7), (100, 0, -3), (-5, -1), (3, 30, 3),
             (2 ** 40, 2 ** 40 + 5), (-2 ** 50, 2 ** 50)]:
    seen = set()
    for _ in range(300):
        v = random.randrange(*args)
        seen.add(v)
        ok = ok and v in range(*args)
    if len(range(*args)) <= 10:
        ok = ok and len(seen) == len(range(*args))
print('randrange', ok)
ok = True
for a, b in [(0, 0), (1, 6), (-3, 3), (10, 11), (-2 ** 40, 2 ** 40)]:
    seen = set()
    for _ in range(300):
        v = random.randint(a, b)
        seen.add(v)
        ok = ok and a <= v <= b
    if b - a < 10:
        ok = ok and len(seen) == b - a + 1
print('randint', ok)
ok = True
for a, b in [(0, 1), (-5, 5), (2.5, 2.5), (1e6, 1e6 + 1), (3, -3)]:
    for _ in range(200):
        v = random.uniform(a, b)
        ok = ok and min(a, b) <= v <= max(a, b)
print('uniform', ok)
ok = True
for seq in ['xyz', [1, 2, 3, 4], (None,), range(5, 50, 5), b'ab']:
    seen = set()
    for _ in range(200):
        v = random.choice(seq)
        seen.add(v)
        ok = ok and v in seq
    ok = ok and len(seen) == len(seq)
print('choice', ok)
