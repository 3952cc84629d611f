# user-defined exception hierarchies
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg='bad config'):
        super().__init__(key, msg)
        self.key = key
class NetError(AppError):
    pass
class Timeout(NetError):
    def __str__(self):
        return 'timed out after %ss' % self.args[0]
for exc in (ConfigError('port'), NetError('down'), Timeout(5), AppError()):
    try:
        raise exc
    except NetError as e:
        print('net', type(e).__name__, str(e), e.args)
    except AppError as e:
        print('app', type(e).__name__, e.args, getattr(e, 'key', None))
print(str(ConfigError('k')), repr(NetError('x')), repr(AppError()))
print(isinstance(Timeout(1), AppError), [c.__name__ for c in Timeout.__mro__])
e = AppError('a', 2, None)
print(e.args, str(e), len(e.args))
print(str(AppError('single')), str(AppError()), repr(AppError('q')))
class WithData(Exception):
    def __init__(self, data):
        self.data = data
w = WithData([1, 2])
print(w.data, w.args)
try:
    raise WithData({'k': 'v'})
except WithData as x:
    print(x.data)
class NoInit(ValueError):
    pass
print(NoInit('m').args, isinstance(NoInit(), ValueError))
