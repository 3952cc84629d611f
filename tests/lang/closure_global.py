# global statement
counter = 0
def bump():
    global counter
    counter += 1
def reset():
    global counter
    counter = 0
for _ in range(5):
    bump()
print(counter)
reset()
print(counter)
def create():
    global created
    created = "made in function"
create()
print(created)
def reader():
    return counter + 100
print(reader())
x = 1
def shadow_then_global():
    def inner():
        global x
        x = 99
    x = 5
    inner()
    return x
print(shadow_then_global(), x)
