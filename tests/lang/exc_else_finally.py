# else clause runs only without exception, before finally
def t(raise_it):
    out = []
    try:
        out.append("try")
        if raise_it:
            raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(t(False), t(True))
def exc_in_else():
    try:
        pass
    except ValueError:
        return "wrong"
    else:
        raise KeyError("from else")
try:
    exc_in_else()
except KeyError as e:
    print("else raised", e.args)
def exc_in_finally():
    try:
        raise ValueError
    finally:
        raise TypeError
try:
    exc_in_finally()
except TypeError:
    print("finally exception replaces")
except ValueError:
    print("wrong")
