# A ~100-line program mixing classes, closures, generators and exceptions:
# a tiny inventory/order system with an event log.

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item

class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return "Item(%r, %d, %d)" % (self.name, self.price, self.qty)

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)

    def take(self, name, qty):
        if name not in self.items:
            raise InventoryError("unknown item", name)
        it = self.items[name]
        if it.qty < qty:
            raise OutOfStock(name, qty, it.qty)
        it.qty -= qty
        return it.price * qty

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        for name in sorted(self.items):
            yield self.items[name]

def make_logger(prefix):
    lines = []
    def log(msg):
        lines.append("%s%03d %s" % (prefix, len(lines) + 1, msg))
    def dump():
        return list(lines)
    return log, dump

def orders():
    yield ("alice", "apple", 3)
    yield ("bob", "pear", 10)
    yield ("carol", "kiwi", 1)
    yield ("dave", "apple", 2)
    yield ("erin", "plum", 4)

def process(inv, log):
    revenue = 0
    failures = {}
    for who, what, n in orders():
        try:
            cost = inv.take(what, n)
        except OutOfStock as e:
            failures[who] = "out of stock: %s (%d/%d)" % (e.item, e.args[1], e.args[2])
            log("FAIL " + who)
        except InventoryError as e:
            failures[who] = "error: " + " ".join(str(a) for a in e.args)
            log("ERR " + who)
        else:
            revenue += cost
            log("OK %s %d" % (who, cost))
        finally:
            log("done " + who)
    return revenue, failures

inv = Inventory()
for name, price, qty in [("apple", 3, 4), ("pear", 5, 6), ("plum", 7, 9), ("apple", 3, 2)]:
    inv.add(name, price, qty)
log, dump = make_logger("#")
total, fails = process(inv, log)
print("revenue:", total)
for who in sorted(fails):
    print(" ", who, "->", fails[who])
for line in dump():
    print(line)
print(len(inv), [it for it in inv])
print([it.name for it in inv if it.qty > 0])
stock_value = sum(it.price * it.qty for it in inv)
print("stock value:", stock_value, Item("apple", 0, 0) in list(inv))
counter = {"n": 0}
def tally(gen):
    for x in gen:
        counter["n"] += 1
        yield x * 2
print(list(tally(it.qty for it in inv)), counter["n"])
