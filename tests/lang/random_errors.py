# random: errors (print the exception types only)
import random


def check(f):
    try:
        print('no error', f())
    except Exception as e:
        print(type(e).__name__)


check(lambda: random.randrange(0))
check(lambda: random.randrange(-3))
check(lambda: random.randrange(5, 5))
check(lambda: random.randrange(5, 2))
check(lambda: random.randrange(1, 10, 0))
check(lambda: random.randrange(1, 10, -1))
check(lambda: random.randrange(10, 1, 1))
check(lambda: random.randrange())
check(lambda: random.randint(5, 1))
check(lambda: random.randint(1))
check(lambda: random.randint('a', 'b'))
check(lambda: random.choice([]))
check(lambda: random.choice(''))
check(lambda: random.choice(5))
check(lambda: random.getrandbits(-1))
check(lambda: random.getrandbits('x'))
check(lambda: random.uniform('a', 1))
check(lambda: random.uniform(1))
check(lambda: random.shuffle(5))
check(lambda: random.shuffle((1, 2)))
check(lambda: random.random(1))
