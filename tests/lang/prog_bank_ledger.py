# double-entry ledger with integer cents and formatted statements
class Ledger:
    def __init__(self):
        self.accounts = {}
        self.entries = []
    def open(self, name, kind):
        self.accounts[name] = {'kind': kind, 'bal': 0}
    def post(self, desc, debit, credit, cents):
        if cents <= 0:
            raise ValueError('amount must be positive')
        for a in (debit, credit):
            if a not in self.accounts:
                raise KeyError(a)
        self.accounts[debit]['bal'] += cents
        self.accounts[credit]['bal'] -= cents
        self.entries.append((len(self.entries) + 1, desc, debit, credit, cents))
    def balance_ok(self):
        return sum(a['bal'] for a in self.accounts.values()) == 0
def money(c):
    sign = '-' if c < 0 else ''
    c = abs(c)
    return '%s%d.%02d' % (sign, c // 100, c % 100)
L = Ledger()
for n, k in [('cash', 'asset'), ('bank', 'asset'), ('sales', 'income'), ('rent', 'expense'), ('equity', 'equity')]:
    L.open(n, k)
L.post('owner invests', 'bank', 'equity', 1000000)
L.post('cash sale', 'cash', 'sales', 12550)
L.post('card sale', 'bank', 'sales', 9999)
L.post('pay rent', 'rent', 'bank', 150000)
L.post('deposit cash', 'bank', 'cash', 10000)
for bad in [('refund', 'cash', 'sales', -5), ('ghost', 'nowhere', 'cash', 100)]:
    try:
        L.post(*bad)
    except (ValueError, KeyError) as e:
        print('rejected', bad[0], type(e).__name__, e.args)
for no, desc, dr, cr, c in L.entries:
    print('%3d %-14s %-6s %-6s %12s' % (no, desc, dr, cr, money(c)))
for name in sorted(L.accounts):
    a = L.accounts[name]
    print('%-8s %-8s %12s' % (name, a['kind'], money(a['bal'])))
print(L.balance_ok())
