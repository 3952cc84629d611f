# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:*>6}|{:-<6}|{:.^7}|".format("ab", "cd", "ef"))
print("{!r} {!s}".format("x", "y"))
print("{{literal}} {}".format(5))
print("{:d} {:5d} {:<5d}| {:x} {:#x} {:o} {:#b}".format(1, 2, 3, 255, 255, 8, 5))
print("{:.3} {:.2f} {:6.2f}|".format("abcdef", 1.0, 2.5))
print("{0:{1}}|".format("w", 4))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
p = P()
print("({0.x}, {0.y})".format(p))
print("{:,}".format(1234567890))
