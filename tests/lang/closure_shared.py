# multiple closures sharing one cell
def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient", balance)
        balance -= n
        return balance
    def show():
        return balance
    return deposit, withdraw, show
d, w, s = bank(100)
d(50)
w(30)
print(s())
try:
    w(1000)
except ValueError as e:
    print("ValueError", e.args)
d2, w2, s2 = bank(1)
print(s(), s2())
