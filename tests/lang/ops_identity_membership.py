# is / is not / in / not in across types
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, () is (), True is True)
print(1 in [1, 2], 3 not in [1, 2])
print('ell' in 'hello', '' in 'abc', 'x' in '')
print(b'l' in b'hello', 104 in b'hello')
print(2 in (1, 2), 2 in {2: 'x'}, 'x' in {2: 'x'})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(-5, 0))
print(1 in {1, 2}, frozenset([1]) in {frozenset([1])})
print('k' in {'k': 1}.keys(), 1 in {'k': 1}.values(), ('k', 1) in {'k': 1}.items())
class Box:
    def __contains__(self, x):
        print('contains', x)
        return x == 42
print(42 in Box(), 1 in Box(), 1 not in Box())
class It:
    def __iter__(self):
        return iter([5, 6, 7])
print(6 in It(), 9 in It())
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in G(), 25 in G())
nan = float('nan')
l = [nan]
print(nan in l)
print([1] in [[1]], [2] in [[1]])
try:
    1 in 5
except TypeError:
    print('TypeError')
try:
    1 in 'abc'
except TypeError:
    print('TypeError str')
