# raise ... from, __cause__, __context__, __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('implicit')
except RuntimeError as r:
    print(r.__cause__, type(r.__context__).__name__, r.__suppress_context__)
try:
    try:
        raise OSError
    except OSError:
        raise TypeError('none') from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, type(t.__context__).__name__)
e = ValueError('x')
print(e.__cause__, e.__context__)
try:
    raise IndexError('i') from KeyError('k')
except IndexError as i:
    print(type(i.__cause__).__name__, i.__cause__.args)
def wrap():
    try:
        int('bad')
    except ValueError as err:
        raise LookupError('wrapped') from err
try:
    wrap()
except LookupError as le:
    print(le.args, type(le.__cause__).__name__)
try:
    raise ValueError from 5
except TypeError:
    print('TypeError bad cause')
