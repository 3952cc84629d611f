# __exit__ returning True suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev.args)
            return True
        return False
with Suppress(KeyError, IndexError):
    {}["x"]
print("after 1")
with Suppress(KeyError):
    pass
print("after 2")
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("escaped", e.args)
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et.__name__ if et else None, ev.args if ev else None)
        return True
r = Recorder()
with r:
    raise ValueError(1, 2)
print(r.info)
with r:
    pass
print(r.info)
