# closures see the variable, not the value at creation time
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make():
    fns = []
    for k in range(3):
        def f():
            return k * 10
        fns.append(f)
    return fns
print([f() for f in make()])
def cell_update():
    v = 1
    def get():
        return v
    v = 2
    return get
print(cell_update()())
