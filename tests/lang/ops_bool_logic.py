# and/or/not return values and short-circuiting
def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(not t([]))
print([] or {} or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
print(None or 0 or '' or ())
print('' and 1 / 0)
print(1 or 1 / 0)
x = [1]
print(x and x[0])
y = []
print(y and y[0])
print(bool(0), bool(0.0), bool(''), bool(()), bool(None), bool(0j))
print(bool(1), bool(-1), bool('0'), bool((0,)), bool([[]]))
class F:
    def __bool__(self):
        print('bool called')
        return False
print(F() or 'fallback')
print(not F())
class L:
    def __len__(self):
        return 0
print(bool(L()), 'yes' if L() else 'no')
class NoDef: pass
print(bool(NoDef()))
print(all([]), any([]), all([1, 0]), any([0, 0, 3]))
print(True & False, True | False, True ^ True, ~True)
print(True + 1, type(True & True).__name__, type(True + 1).__name__)
