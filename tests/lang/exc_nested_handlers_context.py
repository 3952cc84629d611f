# implicit exception context through nested handlers and finally
def layer():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise ValueError('second')
        except ValueError:
            raise TypeError('third')
try:
    layer()
except TypeError as t:
    c = t.__context__
    print(type(t).__name__, type(c).__name__, type(c.__context__).__name__, c.__context__.__context__)
def fin():
    try:
        raise OSError('in try')
    finally:
        try:
            raise RuntimeError('in finally')
        except RuntimeError as r:
            print('handled in finally', r.args, type(r.__context__).__name__)
try:
    fin()
except OSError as o:
    print('outer', o.args)
try:
    try:
        raise ValueError('a')
    except ValueError as v:
        raise v
except ValueError as v2:
    print('same object re-raised', v2.args, v2.__context__)
try:
    try:
        raise ValueError('inner')
    finally:
        print('finally without handler')
except ValueError as e:
    print('after finally', e.args)
def swallow():
    try:
        raise KeyError('gone')
    except KeyError:
        pass
    return 'swallowed'
print(swallow())
