# exceptions propagate through frames
def level3(x):
    if x < 0:
        raise ValueError("negative", x)
    return x
def level2(x):
    return level3(x) * 2
def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally", x)
for v in (5, -1):
    try:
        print("result", level1(v))
    except ValueError as e:
        print("caught at top", e.args)
def recurse(n):
    if n == 0:
        raise KeyError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except KeyError as e:
    print("from depth", e.args)
