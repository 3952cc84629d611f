# generators are lazy: side effects happen on demand
log = []
def producer():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
g = producer()
print(log)
print(next(g), log)
for v in g:
    log.append("consume %d" % v)
print(log)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 4:
        break
print(v)
print(list(zip(infinite(), "abc")))
