# *args
def total(*args):
    return sum(args)
print(total(), total(1), total(1, 2, 3))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums), total(*nums, 7), total(0, *nums), total(*range(5)))
def both(a, *args, b=0, **kw):
    return a, args, b, sorted(kw.items())
print(both(1), both(1, 2, 3, b=4, z=5, y=6))
print(both(*[1, 2], **{"b": 7}))
def show(*args, **kwargs):
    print(len(args), args, sorted(kwargs))
show()
show(1, "a", k=1)
def pt(x, y, z):
    return x * 100 + y * 10 + z
print(pt(*(1, 2, 3)), pt(1, *(2, 3)), pt(*[3, 2, 1]))
print(type(first_rest(1)[1]).__name__)
