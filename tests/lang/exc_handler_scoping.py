# the 'as' name is cleared after the handler; exception objects keep args
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', e.args)
print('e' in dir())
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as ex:
        err = ex
    return type(err).__name__, 'ex' in locals()
print(f())
def g():
    try:
        raise KeyError('k')
    except KeyError as exc:
        saved = exc
    try:
        exc
    except NameError:
        print('exc unbound after handler')
    return saved.args
print(g())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_e:
        print('loop', loop_e.args)
print('loop_e' in dir())
errors = []
for v in ('1', 'a', '2', 'b'):
    try:
        int(v)
    except ValueError as ve:
        errors.append(type(ve).__name__)
print(errors)
