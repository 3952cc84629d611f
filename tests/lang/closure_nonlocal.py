# nonlocal rebinding
def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    def get():
        return total, list(items)
    return add, get
add, get = accumulator()
add(5)
add(7)
print(get())
def outer():
    x = 1
    def mid():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print(t(), t(), t())
