# a discrete-event scheduler with heapq and generator processes
import heapq
class Sim:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []
    def spawn(self, gen, name):
        self.schedule(0, gen, name)
    def schedule(self, delay, gen, name):
        self.seq += 1
        heapq.heappush(self.queue, (self.now + delay, self.seq, gen, name))
    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            self.now, _, gen, name = heapq.heappop(self.queue)
            try:
                delay = next(gen)
            except StopIteration:
                self.log.append((self.now, name, 'done'))
                continue
            self.log.append((self.now, name, 'wait %d' % delay))
            self.schedule(delay, gen, name)
def blinker(period, times):
    for _ in range(times):
        yield period
def sensor():
    for d in (3, 1, 4, 1, 5):
        yield d
sim = Sim()
sim.spawn(blinker(2, 4), 'led')
sim.spawn(sensor(), 'sensor')
sim.spawn(blinker(5, 1), 'slow')
sim.run(12)
for entry in sim.log:
    print(entry)
print('now', sim.now, 'pending', len(sim.queue))
