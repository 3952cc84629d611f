# __index__: objects usable wherever an integer index is required
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
L = list(range(10))
print(L[I(3)], L[I(-1)], 'abcdef'[I(2)], b'xyz'[I(1)], (1, 2, 3)[I(0)])
print(L[I(2):I(5)], L[::I(3)], 'hello'[I(1):])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(list(range(I(4))), list(range(I(1), I(10), I(3))))
print([0] * I(3), 'ab' * I(2))
L[I(0)] = 'first'
del L[I(1)]
print(L[:3])
print(int.to_bytes(5, I(2), 'big'))
class Bad:
    def __index__(self):
        return 'x'
try:
    L[Bad()]
except TypeError:
    print('TypeError')
try:
    L[object()]
except TypeError:
    print('TypeError')
