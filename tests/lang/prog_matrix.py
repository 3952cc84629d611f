# exact rational matrix inverse using integer numerators/denominators
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o):
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
def inverse(m):
    n = len(m)
    a = [[Frac(v) for v in row] + [Frac(1 if i == j else 0) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        piv = None
        for r in range(col, n):
            if a[r][col].n != 0:
                piv = r
                break
        if piv is None:
            raise ValueError("singular")
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]
m = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
inv = inverse(m)
for row in inv:
    print(row)
hilbert = [[Frac(1, i + j + 1) for j in range(4)] for i in range(4)]
print(hilbert[3])
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print("ValueError", e.args)
