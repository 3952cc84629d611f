# truthiness of instances: __bool__, __len__, default
class Always:
    pass
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
print(bool(Always()), bool(Empty()), bool(Full()), bool(No()))
if not Empty():
    print("empty is falsy")
print(len(Full()))
print(Always() and "x", No() or "fallback")
