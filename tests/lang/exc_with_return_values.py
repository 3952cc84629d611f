# exception objects are ordinary values
errs = [ValueError("a"), TypeError("b"), KeyError("c")]
print([type(e).__name__ for e in errs], [e.args for e in errs])
def catch_all(fns):
    res = []
    for fn in fns:
        try:
            res.append(fn())
        except Exception as e:
            res.append(e)
    return res
r = catch_all([lambda: 1, lambda: 1 // 0, lambda: "ok", lambda: [].pop()])
print([x if not isinstance(x, Exception) else type(x).__name__ for x in r])
print(isinstance(r[1], ArithmeticError), isinstance(r[3], LookupError))
