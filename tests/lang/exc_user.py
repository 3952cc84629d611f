# user-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found", key)
        self.key = key
class Invalid(AppError):
    def __init__(self, msg, code):
        self.msg = msg
        self.code = code
    def __str__(self):
        return "Invalid[%d]: %s" % (self.code, self.msg)
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]
try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e.args, e.key, isinstance(e, NotFound), isinstance(e, Exception))
try:
    raise Invalid("bad input", 7)
except AppError as e:
    print(str(e), e.code)
try:
    raise AppError
except AppError as e:
    print("bare class raise", e.args)
print(str(AppError("one")), str(AppError("a", "b")), str(AppError()) == "")
