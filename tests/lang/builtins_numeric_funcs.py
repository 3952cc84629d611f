# abs, round, divmod, pow, sum, min, max edge cases
print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 70), abs(True), abs(3 + 4j))
print(round(2.675, 2), round(-2.5), round(3.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(0.125, 2), round(0.375, 2), round(1e20), round(-1.005, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(7, 2, 5), pow(-2, 3))
print(sum([]), sum([1, 2]), sum([1.5, 2]), sum(range(100)), sum([[1]], []), sum((1, 2), 10))
print(min(3, 1, 2), max('abc'), min([4, 5], key=lambda x: -x), max([], default='empty'))
print(max([1, 3, 2], key=lambda v: v % 3), min('hello', key=ord))
print(max((1, 'b'), (1, 'a')), min(2.5, 2), max(True, 0))
for bad in ('min()', 'max([])', 'sum(["a"])', 'abs("x")', 'divmod(1, 0)'):
    try:
        eval(bad)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, bad)
print(max(2 ** 100, 2 ** 99, key=lambda x: -x) == 2 ** 99)
print(min([], default=None), max(range(5), default=-1))
class V:
    def __init__(self, v): self.v = v
    def __abs__(self): return 'abs%d' % self.v
    def __round__(self, n=None): return 'round%s' % n
print(abs(V(2)), round(V(1)), round(V(1), 3))
