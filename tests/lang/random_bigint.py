# random: randrange / randint / getrandbits with arguments beyond a machine word
import random
random.seed(3)


def inrange(v, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    if step > 0:
        ok = start <= v < stop
    else:
        ok = stop < v <= start
    return ok and (v - start) % step == 0


ok = True
for args in [(2**100,), (-2**70, 2**70), (2**64, 2**64 + 3), (2**80, 0, -2**77), (0, 2**90, 2**88), (True, 5), (2**62 - 5, 2**62 + 5)]:
    seen = set()
    for _ in range(200):
        v = random.randrange(*args)
        seen.add(v)
        ok = ok and inrange(v, *args)
    print(ok, len(seen) > 2)
print(len({random.randrange(2**64, 2**64 + 3) for _ in range(100)}))
print(len({random.randrange(2**80, 0, -2**77) for _ in range(200)}))
for a, b in [(2**70, 2**70 + 2), (-2**65, 2**65), (-2**62, 2**62 - 1)]:
    vs = {random.randint(a, b) for _ in range(100)}
    print(all(a <= v <= b for v in vs), len(vs) > 1)
print(len({random.randint(2**70, 2**70 + 2) for _ in range(100)}))
print(max(random.getrandbits(200) for _ in range(50)).bit_length() > 190)
for f in (lambda: random.randrange(2**70, 2**70), lambda: random.randrange(0, 2**70, 0), lambda: random.randint(2**70, 0), lambda: random.randrange(-2**70)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
