# random: result types and argument types
import random

random.seed(11)
print(type(random.random()).__name__, type(random.uniform(1, 2)).__name__)
print(type(random.getrandbits(8)).__name__, type(random.getrandbits(100)).__name__)
print(type(random.randrange(5)).__name__, type(random.randint(1, 2)).__name__)
print(random.randint(4, 4), random.randrange(9, 10), random.randrange(3, 4, 5), random.choice([42]))
print(random.randrange(True), random.randint(False, False), random.uniform(2, 2))
print(type(random.choice(['s'])).__name__, type(random.choice('s')).__name__)
x = random.uniform(1, 3)
print(1 <= x <= 3, isinstance(x, float))
print(random.shuffle([]), random.shuffle([1]))
for name in ('seed', 'random', 'getrandbits', 'randrange', 'randint', 'choice', 'uniform', 'shuffle'):
    print(name, hasattr(random, name), callable(getattr(random, name)))
print(random.__name__)
import random as r2
print(r2 is random)
from random import randint
print(randint(0, 0))
