# UnboundLocalError and NameError situations
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError:
        print('UnboundLocalError')
    x = 2
f()
def g():
    if False:
        y = 1
    try:
        return y
    except UnboundLocalError:
        return 'unbound'
print(g())
def h():
    try:
        return undefined_thing
    except NameError as e:
        return type(e).__name__
print(h())
print(issubclass(UnboundLocalError, NameError))
def k():
    a = 1
    del a
    try:
        a
    except NameError:
        return 'deleted'
print(k())
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__)
    v = 3
    return inner()
print(outer())
def aug():
    try:
        x += 1
    except UnboundLocalError:
        print('aug unbound')
aug()
def loopvar():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError:
        return 'loop unbound'
print(loopvar())
