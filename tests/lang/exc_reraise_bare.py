# bare raise re-raises the active exception
def f():
    try:
        raise KeyError('orig')
    except KeyError:
        print('handling')
        raise
try:
    f()
except KeyError as e:
    print('re-raised', e.args)
def g():
    try:
        raise ValueError('first')
    except ValueError as e:
        err = e
    raise err
try:
    g()
except ValueError as e:
    print('saved and raised', e.args)
try:
    raise
except RuntimeError:
    print('RuntimeError no active exception')
def h():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise ValueError('v')
        except ValueError:
            pass
        raise
try:
    h()
except TypeError as e:
    print('outer active restored', e.args)
def in_finally():
    try:
        raise IndexError('i')
    finally:
        print('cleanup')
try:
    in_finally()
except IndexError as e:
    print('through finally', e.args)
class E(Exception): pass
try:
    raise E
except E as e:
    print(type(e).__name__, e.args)
try:
    raise E()
except Exception as e:
    print(isinstance(e, E))
