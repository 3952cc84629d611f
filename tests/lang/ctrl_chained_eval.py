# chained comparisons evaluate each operand once, short-circuit left to right
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) < v(5) > v(4), log)
log.clear()
x = 5
print(0 < x <= 5 < v(6), log)
print(1 < 2 > 1, 1 < 3 < 2, "a" < "b" < "c")
