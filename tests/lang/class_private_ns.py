# methods calling other methods, attribute defaults via class, instance dict-like use
class Account:
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def _record(self, kind, amount):
        self.history.append((kind, amount))
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount", amount)
        self.balance += amount
        self._record("dep", amount)
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds", self.balance)
        self.balance -= amount
        self._record("wd", amount)
    def __repr__(self):
        return "Account(%s, %d)" % (self.owner, self.balance)
a = Account("ann", 10)
a.deposit(5)
a.withdraw(3)
for amt in (-1, 100):
    try:
        if amt < 0:
            a.deposit(amt)
        else:
            a.withdraw(amt)
    except ValueError as e:
        print(type(e).__name__, e.args)
print(a, a.history)
class Savings(Account):
    interest = 0.5
    def add_interest(self):
        self.deposit(int(self.balance * self.interest))
s = Savings("bob", 100)
s.add_interest()
print(s, s.history, s.interest, a.interest)
