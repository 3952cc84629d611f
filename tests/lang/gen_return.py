# return in generators, generator finishing, try/finally inside generator
def limited(n):
    for i in range(10):
        if i == n:
            return
        yield i
print(list(limited(3)), list(limited(0)))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
print(list(with_finally()))
def catching():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(catching()))
def empty():
    return
    yield
print(list(empty()))
