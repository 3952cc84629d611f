# deep nesting of closures
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a + b + c + d
            return l4
        return l3
    return l2
print(l1(1)(2)(3)(4), l1("a")("b")("c")("d"))
def counter_factory():
    def make(start):
        n = start
        def nxt():
            nonlocal n
            n += 1
            return n
        return nxt
    return make
mk = counter_factory()
a = mk(10)
b = mk(100)
print(a(), a(), b(), a(), b())
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*(args + more))
    return c
add3 = curry(lambda x, y, z: x + y + z, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
