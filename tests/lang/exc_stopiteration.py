# StopIteration from next() and manual iteration
it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print(v)
print(next(iter([]), "default"))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "only"
print(list(Once()))
o = Once()
print(next(o), next(o, None))
