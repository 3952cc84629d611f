# if __enter__ raises, __exit__ is not called; exceptions in __exit__ propagate
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except ValueError as e:
    print("caught", e.args)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError("exit failed")
try:
    with BadExit():
        print("body ran")
except KeyError as e:
    print("caught", e.args)
try:
    with BadExit():
        raise ValueError("body failed")
except KeyError as e:
    print("exit exception wins", e.args)
class Log:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        if self.n == 2:
            raise RuntimeError("second enter")
        return self
    def __exit__(self, *a):
        print("exit", self.n)
try:
    with Log(1), Log(2), Log(3):
        print("body")
except RuntimeError as e:
    print("caught", e.args)
