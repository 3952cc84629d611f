# assert statement
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError", e.args)
def check(x):
    assert x > 0, x
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught", e.args[0])
