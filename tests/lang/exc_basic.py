# try / except / else / finally
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  caught zero")
        r = None
    else:
        print("  no exception")
    finally:
        print("  finally")
    return r
print(attempt(2))
print(attempt(0))
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(type(e).__name__, e.args, e.args[1])
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
