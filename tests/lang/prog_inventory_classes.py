# an inventory system exercising classes, dicts, sorting and formatting
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return 'Item(%r, %d)' % (self.sku, self.qty)
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        self.items[item.sku] = item
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.log.append(('in', sku, n))
    def sell(self, sku, n):
        it = self.items[sku]
        if it.qty < n:
            raise OutOfStock(sku, it.qty, n)
        it.qty -= n
        self.log.append(('out', sku, n))
        return it.price * n
    def report(self):
        for it in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            print('%-6s %-10s %6.2f x %3d = %8.2f' % (it.sku, it.name, it.price, it.qty, it.value))
        print('total %.2f' % sum(i.value for i in self.items.values()))
inv = Inventory()
for args in [('A1', 'bolt', 0.25, 100), ('B2', 'nut', 0.1, 250), ('C3', 'gear', 4.5, 3), ('D4', 'motor', 19.99)]:
    inv.add(Item(*args))
inv.report()
revenue = 0
for sku, n in [('A1', 10), ('C3', 5), ('D4', 1), ('B2', 50), ('C3', 3)]:
    try:
        revenue += inv.sell(sku, n)
    except OutOfStock as e:
        print('out of stock', e.args)
inv.restock('D4', 2)
print('revenue %.2f' % revenue)
inv.report()
print(inv.log)
print(sorted(inv.items.values(), key=lambda i: i.qty))
