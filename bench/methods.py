# bench: method-call-heavy classes
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.hits = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.dot(self.vel) % 7 == 0:
            self.bump()

    def bump(self):
        self.hits += 1
        self.vel = self.vel.scale(-1)

class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def get(self):
        return self.n

def main():
    ps = [Particle(i) for i in range(100)]
    for t in range(11000):
        for p in ps:
            p.step()
    c = Counter()
    for i in range(1800000):
        c.inc()
    total = sum(p.hits for p in ps) + sum(p.pos.x for p in ps) + c.get()
    print("methods", total)

main()
