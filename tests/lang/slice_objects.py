# slice objects and indices()
s = slice(1, 10, 2)
print(s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(5).step)
print(slice(None, None, -1).step)
print(s.indices(6), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(-100, 100).indices(7), slice(2, 1).indices(5))
data = list(range(12))
print(data[s], data[slice(None, None, 3)], data[slice(-4, None)])
print('abcdefgh'[slice(2, 6)], b'abcdef'[slice(None, None, 2)])
class Rec:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return ('idx', k)
r = Rec()
print(r[1], r[1:2], r[::3], r[:5], r[1:2:3], r[-1:])
print(r[1, 2], r[1:2, 3])
sl = slice(0, 3)
print(slice(0, 3) == sl, [10, 20, 30, 40][sl])
try:
    slice(0, 1, 0).indices(3)
except ValueError:
    print('ValueError step 0')
