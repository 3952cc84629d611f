# a transaction-like context manager restoring state
class Transaction:
    def __init__(self, data):
        self.data = data
    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.data.clear()
            self.data.update(self.snapshot)
            print("rolled back due to", et.__name__)
            return True
        print("committed")
        return False
store = {"a": 1}
with Transaction(store) as d:
    d["b"] = 2
print(store)
with Transaction(store) as d:
    d["c"] = 3
    raise RuntimeError("fail")
print(store)
