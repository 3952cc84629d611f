# __eq__ and comparisons
class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.cur == other.cur
    def __lt__(self, other):
        return self.amount < other.amount
a = Money(5, "EUR")
b = Money(5, "EUR")
c = Money(7, "USD")
print(a == b, a == c, a != b, a != c, a == 5, 5 == a)
print(a < c, c < a)
print(sorted([c, a], key=lambda m: m.amount)[0].amount)
print([m.amount for m in sorted([c, a, Money(1, "X")])])
print(a in [c, b], a is b)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
