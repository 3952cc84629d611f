# nonlocal and global in nested functions, loops and classes
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())

def layers():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'inner set'
        inner()
        return x
    return mid(), x
print(layers())

def make_adders():
    adders = []
    for i in range(3):
        def add(v, i=i):
            return v + i
        adders.append(add)
    return [a(10) for a in adders]
print(make_adders())

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late_binding())

G = 'global'
def read_global():
    def inner():
        return G
    return inner()
print(read_global())

def shadow():
    G = 'local'
    def inner():
        global G
        return G
    return inner()
print(shadow())

def class_in_func():
    v = 1
    class K:
        w = v + 1
        def m(self):
            return v + K.w
    return K().m()
print(class_in_func())

def modify_list():
    items = []
    def add(x):
        items.append(x)
    add(1); add(2)
    return items
print(modify_list())

def unbound():
    def inner():
        nonlocal val
        return val
    try:
        return inner()
    except NameError as e:
        return 'NameError'
    val = 1
print(unbound())

def gen_closure():
    state = 0
    def step():
        nonlocal state
        state += 1
        yield state
        state += 10
        yield state
    return list(step()), state
print(gen_closure())
