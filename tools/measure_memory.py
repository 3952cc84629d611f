# Heap bytes per object under kiln (a measurement, not a test):
#   build/kiln tools/measure_memory.py
# Each figure is the heap used by 100 objects (after gc.collect()) / 100,
# including the list slot that holds each one.
import gc


class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)


def per_object(make):
    gc.collect()
    before = gc.mem_free()
    keep = [make() for _ in range(100)]
    gc.collect()
    used = before - gc.mem_free()
    del keep
    return used / 100


for n in (0, 1, 8, 9, 16, 17):
    print('instance with %2d attributes: %6.1f B' % (n, per_object(lambda: A(n))))


def g():
    yield 1


def make_closure():
    def f(x):
        return x
    return f


print('generator object:          %6.1f B' % per_object(g))
print('closure-less function:     %6.1f B' % per_object(make_closure))
gc.collect()
before = gc.mem_free()
import asyncio  # noqa: E402
gc.collect()
print('import asyncio:            %6d B' % (before - gc.mem_free()))
