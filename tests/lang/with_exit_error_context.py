# an exception raised inside __exit__ while an exception propagates gets that exception as __context__
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise KeyError('original')
except RuntimeError as e:
    print(e.args, type(e.__context__).__name__, e.__context__.args if e.__context__ else None)
