# the exception being handled is restored correctly after nested handlers,
# so later raises get the right __context__
def ctx(e):
    return type(e.__context__).__name__ if e.__context__ else None

try:
    raise ValueError('outer')
except ValueError:
    try:
        raise KeyError('inner')
    except KeyError:
        pass
    try:
        raise TypeError('after inner handler')
    except TypeError as e:
        print('context', ctx(e))

def helper():
    try:
        raise OSError('helper')
    except OSError:
        return 'handled in helper'

try:
    raise IndexError('main')
except IndexError:
    print(helper())
    try:
        raise RuntimeError('x')
    except RuntimeError as e:
        print('context', ctx(e))

for i in range(2):
    try:
        raise ValueError(i)
    except ValueError:
        continue
try:
    raise KeyError('fresh')
except KeyError as e:
    print('context after loop', ctx(e))

def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield 'suspended inside handler'
    yield 'after'

g = gen()
print(next(g))
try:
    raise KeyError('while gen suspended')
except KeyError as e:
    print('context', ctx(e))
print(next(g))

try:
    try:
        raise ValueError('a')
    finally:
        pass
except ValueError as e:
    print('context', ctx(e))
