# exceptions: attributes, args, subclasses with extra state, finally/return interplay
class MyErr(Exception):
    def __init__(self, code, msg='x'):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyErr(5)
except MyErr as e:
    print(e.code, e.args, str(e), repr(e))
e = ValueError('a', 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(g())
def h():
    try:
        raise ValueError
    except ValueError:
        return 'handled'
    finally:
        print('h finally')
print(h())
try:
    try:
        raise TypeError('inner')
    finally:
        print('cleanup')
except TypeError as t:
    print('outer caught', t)
try:
    raise ExceptionGroup if False else OSError(2, 'No such file')
except OSError as o:
    print(o.errno, o.strerror, o.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), isinstance(StopIteration(), Exception))
try:
    assert 1 == 2, 'message'
except AssertionError as a:
    print('assert', a)
def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError('v')
        except ValueError as v:
            return type(v.__context__).__name__
print(nested())
x = None
try:
    raise KeyError('gone')
except KeyError as err:
    x = err
try:
    err
except NameError:
    print('err unbound after except')
print(repr(x))
