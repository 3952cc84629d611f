# first matching except clause wins; bare except; except Exception
def classify(f):
    try:
        f()
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return "Exception:" + type(e).__name__
    return "none"
print(classify(lambda: {}[1]), classify(lambda: [][1]), classify(lambda: 1 // 0), classify(lambda: 0))
try:
    raise RuntimeError("r")
except:
    print("bare except caught")
def raiser():
    raise NotImplementedError
try:
    raiser()
except RuntimeError as e:
    print("NotImplementedError is RuntimeError", type(e).__name__)
