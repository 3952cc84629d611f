# *args and **kwargs forwarding
def target(a, b=0, *rest, key=None, **extra):
    return 'a=%r b=%r rest=%r key=%r extra=%r' % (a, b, rest, key, sorted(extra.items()))
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, key='k', z=1))
print(forward(b=5, a=6))
def counting(*args, **kwargs):
    return len(args), len(kwargs)
print(counting(), counting(1, 2), counting(x=1), counting(*range(10), **{str(i): i for i in range(5)}))
def tail(first, *others):
    return others
print(tail(1), tail(1, 2, 3), type(tail(1)).__name__)
def kwtype(**kw):
    return type(kw).__name__
print(kwtype(a=1))
def modify(*args):
    args = list(args)
    args.append('added')
    return args
print(modify(1, 2))
def log_call(f):
    def wrapper(*a, **k):
        print('call', f.__name__, a, sorted(k.items()))
        return f(*a, **k)
    return wrapper
@log_call
def area(w, h=1, *, unit='m'):
    return '%d%s' % (w * h, unit)
print(area(3, 4), area(5, unit='cm'))
