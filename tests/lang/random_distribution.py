# random: distribution sanity (generous bounds, fixed seeds)
import random

random.seed(2024)
N = 10000
counts = [0] * 10
for _ in range(N):
    counts[random.randrange(10)] += 1
print('randrange buckets', all(850 < c < 1150 for c in counts), sum(counts))
chi = sum((c - N / 10) ** 2 / (N / 10) for c in counts)
print('chi2 < 40', chi < 40)
total = 0.0
lo = hi = 0
for _ in range(N):
    r = random.random()
    total += r
    lo += r < 0.1
    hi += r >= 0.9
print('mean', abs(total / N - 0.5) < 0.02, 850 < lo < 1150, 850 < hi < 1150)
bits = [0] * 32
for _ in range(4000):
    v = random.getrandbits(32)
    for i in range(32):
        bits[i] += (v >> i) & 1
print('bits', all(1700 < b < 2300 for b in bits))
dice = {}
for _ in range(6000):
    d = random.randint(1, 6)
    dice[d] = dice.get(d, 0) + 1
print('dice', sorted(dice) == [1, 2, 3, 4, 5, 6], all(800 < c < 1200 for c in dice.values()))
pos = [0] * 5
for _ in range(5000):
    l = [0, 1, 2, 3, 4]
    random.shuffle(l)
    pos[l.index(0)] += 1
print('shuffle', all(800 < c < 1200 for c in pos))
u = [random.uniform(-2, 2) for _ in range(5000)]
print('uniform', abs(sum(u) / len(u)) < 0.1, sum(1 for x in u if x < 0) in range(2300, 2700))
odd = sum(random.randrange(1, 100, 2) % 2 for _ in range(1000))
print('step', odd == 1000)
big = [random.getrandbits(64) for _ in range(200)]
print('wide', max(big) > 2 ** 62, min(big) < 2 ** 62, len(set(big)) == 200)
