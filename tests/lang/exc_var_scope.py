# the 'as' name is cleared after the except block
try:
    raise ValueError(1)
except ValueError as err:
    print("inside", err.args)
try:
    print(err)
except NameError:
    print("err unbound after except")
def f():
    try:
        raise KeyError(2)
    except KeyError as e:
        saved = e
    return saved.args
print(f())
