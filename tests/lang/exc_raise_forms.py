# raise an instance, a class, with args; catching by base
for thing in (ValueError, ValueError("inst"), KeyError("k"), IndexError):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    raise TypeError("x", "y")
except (ValueError, TypeError) as e:
    print("multi", type(e).__name__, e.args)
try:
    raise 5
except TypeError:
    print("cannot raise int: TypeError")
class Custom(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.total = a + b
try:
    raise Custom(3, 4)
except Custom as e:
    print(e.total, e.args)
