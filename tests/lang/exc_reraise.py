# re-raising, raising in except, nested handlers
def inner():
    raise ValueError("orig")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise
try:
    middle()
except ValueError as e:
    print("outer got", e.args)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("converted")
except TypeError as e:
    print("converted to", type(e).__name__, e.args)
try:
    try:
        raise IndexError(1)
    except IndexError as e:
        raise e
except IndexError as e:
    print("re-raised var", e.args)
e = ValueError("stored")
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    raise ValueError("x") from None
except ValueError as e:
    print("from None ok", e.args)
