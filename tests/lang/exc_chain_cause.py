# raise ... from: __cause__ and __suppress_context__
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    show(e)

try:
    try:
        [1, 2].index(5)
    except ValueError as z:
        raise RuntimeError('wrapped') from z
except RuntimeError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('quiet') from None
except TypeError as e:
    show(e)

# a class as the cause is instantiated
try:
    raise ValueError from OSError
except ValueError as e:
    show(e)

# a fresh exception has no chain
e = ValueError(1)
show(e)
e.__cause__ = KeyError(2)
show(e)
e.__cause__ = None
show(e)
e.__suppress_context__ = False
show(e)
try:
    raise ValueError from 5
except TypeError as t:
    print('TypeError', t)
try:
    e.__cause__ = 3
except TypeError:
    print('TypeError')
