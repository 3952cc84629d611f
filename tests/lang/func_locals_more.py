# locals() snapshots in many function shapes
def star(*args, **kwargs):
    return sorted(locals())
print(star(1, a=2))

def kwonly(a, *, b, c=3):
    d = a + b
    return sorted(locals().items())
print(kwonly(1, b=2))

def posonly(a, b, /, c):
    return locals()
print(sorted(posonly(1, 2, 3).items()))

def shadow(len=5):
    return locals()['len'], len
print(shadow())

def modify():
    x = 1
    d = locals()
    d['x'] = 99
    return x, d['x']
print(modify())

def comp():
    n = 3
    return [sorted(locals()) for i in range(1)], sorted(locals())
print(comp())

def outer():
    a = 1
    b = 2
    def inner():
        return sorted(locals().items()), a
    return inner()
print(outer())

def nested_free():
    v = 'free'
    def mid():
        def leaf():
            return locals(), v
        return leaf()
    return mid()
print(nested_free())

def try_block():
    try:
        raise ValueError('x')
    except ValueError as err:
        inside = sorted(locals())
    return inside, sorted(locals())
print(try_block())

def with_global():
    global GG
    GG = 1
    local_one = 2
    return sorted(locals())
print(with_global())

def counts(n):
    total = 0
    for i in range(n):
        total += i
    return locals()
print(sorted(counts(4).items()))

class K:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
print(K.snapshot)
