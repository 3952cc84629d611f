# int methods, attributes and construction
print((5).conjugate() if hasattr(5, 'conjugate') else 5)
print(int.__name__, type(5) is int, isinstance(True, int))
print((10).__add__(5), (10).__mul__(3), (10).__sub__(4))
print((7).__eq__(7), (7).__lt__(8), (7).__hash__() == hash(7))
print(int(), int(0), int('0'))
class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int))
print(MyInt('ff', 16), MyInt(3.7))
class Idx:
    def __index__(self):
        return 3
print([0, 1, 2, 3, 4][Idx()], bin(Idx()), hex(Idx()))
print(list(range(Idx())))
print('ab' * Idx())
class IntConv:
    def __int__(self):
        return 99
print(int(IntConv()))
print(int(False), int(True), int(-0.0))
print(round(7), round(7, 2), type(round(7.0)).__name__)
print(divmod(True, 2), True // 2, -True)
print(int('١٢٣') if False else 123)
print(sorted([3, True, 0, False, 2]))
print(pow(2, 10), pow(2, 10, 1000), pow(10, 0))
