# bool type and operations
print(True, False, True and False, True or False, not True)
print(True == 1, False == 0, True + 1, True * 3, -True, ~True)
print(bool(1), bool(0), bool(-1), bool("False"), bool(None))
print(repr(True), str(False), int(True), float(False))
print(True & False, True | False, True ^ True, False ^ True)
print(type(True & True).__name__, type(True + True).__name__)
print(sum([True] * 5), [False] * 2, True > False, max(True, False))
print(isinstance(False, bool), isinstance(0, bool))
