# __context__ when exceptions replace each other in finally blocks, with
# statements and generators
def show(e):
    c = e.__context__
    print(type(e).__name__, e.args, '<-', type(c).__name__ if c else None, c.args if c else '')

try:
    try:
        raise ValueError('body')
    finally:
        raise KeyError('finally')
except KeyError as e:
    show(e)

class Mgr:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('exit')

try:
    with Mgr():
        raise ValueError('in with')
except RuntimeError as e:
    show(e)

try:
    with Mgr():
        pass
except RuntimeError as e:
    show(e)

def gen():
    try:
        yield 1
    finally:
        raise OSError('gen cleanup')

g = gen()
next(g)
try:
    try:
        raise ValueError('while iterating')
    except ValueError:
        g.close()
except OSError as e:
    show(e)

# a handler that raises the same class again
try:
    try:
        raise ValueError(1)
    except ValueError as first:
        raise ValueError(2)
except ValueError as e:
    show(e)
    print(e.__context__.__context__)

# exception saved and raised later outside any handler keeps its context
saved = None
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise IndexError('i')
except IndexError as e:
    saved = e
try:
    raise saved
except IndexError as e:
    show(e)
