# finally runs on return, break, continue and exceptions
def f():
    try:
        return "try"
    finally:
        print("finally in f")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return "done"
print(h())
def k():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e.args)
k()
def m():
    try:
        raise ValueError
    finally:
        print("m finally")
try:
    m()
except ValueError:
    print("propagated")
def n():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(n())
