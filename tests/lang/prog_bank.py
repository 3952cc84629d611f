# a ledger with transactions, rollback via exceptions and a report generator
class TxError(Exception):
    pass
class Ledger:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, name, amount=0):
        if name in self.accounts:
            raise TxError("exists", name)
        self.accounts[name] = amount
    def transfer(self, src, dst, amount):
        snapshot = dict(self.accounts)
        try:
            if amount <= 0:
                raise TxError("bad amount", amount)
            self.accounts[src] -= amount
            if self.accounts[src] < 0:
                raise TxError("overdraft", src, self.accounts[src])
            self.accounts[dst] += amount
        except KeyError as e:
            self.accounts = snapshot
            self.log.append(("fail", "no account", e.args[0]))
            return False
        except TxError as e:
            self.accounts = snapshot
            self.log.append(("fail",) + e.args)
            return False
        self.log.append(("ok", src, dst, amount))
        return True
    def report(self):
        for name in sorted(self.accounts):
            yield "%-6s %6d" % (name, self.accounts[name])
        yield "%-6s %6d" % ("total", sum(self.accounts.values()))
L = Ledger()
L.open("ann", 100)
L.open("bob", 50)
L.open("cy")
try:
    L.open("ann")
except TxError as e:
    print("TxError", e.args)
results = [L.transfer("ann", "bob", 30), L.transfer("bob", "cy", 100), L.transfer("cy", "ann", 0),
           L.transfer("ann", "zed", 5), L.transfer("bob", "cy", 80)]
print(results)
for entry in L.log:
    print(entry)
for line in L.report():
    print(line)
