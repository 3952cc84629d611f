# implicit chaining: __context__ of exceptions raised while handling another
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
except KeyError as e:
    show(e)

# an error from a builtin operation inside the handler
try:
    try:
        {}['x']
    except KeyError:
        [][1]
except IndexError as e:
    show(e)

# raised in a called function while the caller handles an exception
def fail():
    raise OSError(5)

try:
    try:
        raise AttributeError('outer')
    except AttributeError:
        fail()
except OSError as e:
    show(e)

# re-raising the handled exception does not chain it to itself
try:
    try:
        raise ValueError('same')
    except ValueError:
        raise
except ValueError as e:
    show(e)

# no chain outside an except block
try:
    raise ValueError('alone')
except ValueError as e:
    show(e)

# three levels
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise KeyError(2)
    except KeyError:
        raise TypeError(3)
except TypeError as e:
    show(e)
    show(e.__context__)

# after the handler ends there is no context any more
try:
    raise ValueError('x')
except ValueError:
    pass
try:
    raise KeyError('y')
except KeyError as e:
    show(e)

# a cycle is cut
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise KeyError('b')
        except KeyError as b:
            raise a
except ValueError as e:
    show(e)
    print(e.__context__.__context__)

# raise from keeps the implicit context too
try:
    try:
        raise ValueError('ctx')
    except ValueError:
        raise KeyError('k') from OSError('cause')
except KeyError as e:
    show(e)

# generators: an exception thrown into a handler
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise
    except ValueError:
        raise KeyError('in gen')

g = gen()
next(g)
try:
    g.throw(ValueError('thrown'))
except KeyError as e:
    show(e)
