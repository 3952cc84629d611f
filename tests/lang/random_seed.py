# random: seed() makes sequences reproducible within one interpreter
import random


def draw():
    return ([random.random() for _ in range(5)], [random.getrandbits(30) for _ in range(5)],
            [random.randrange(1000) for _ in range(5)], [random.randint(-5, 5) for _ in range(5)],
            [random.choice('abcdefgh') for _ in range(5)], [random.uniform(-1, 1) for _ in range(3)])


for s in (0, 1, 42, -7, 2 ** 40, 123456789):
    random.seed(s)
    a = draw()
    random.seed(s)
    b = draw()
    print(s, a == b)
random.seed(1)
x = draw()
random.seed(2)
y = draw()
print(x != y, x[0] != y[0], x[1] != y[1])
random.seed(5)
first = [random.random() for _ in range(10)]
second = [random.random() for _ in range(10)]
print(first != second, len(set(first + second)))
random.seed(3)
l1 = list(range(20))
random.shuffle(l1)
random.seed(3)
l2 = list(range(20))
random.shuffle(l2)
print(l1 == l2, sorted(l1) == list(range(20)))
random.seed()
random.seed(None)
u = [random.getrandbits(32) for _ in range(4)]
print(len(u), all(0 <= v < 2 ** 32 for v in u))
print(random.seed(10))
