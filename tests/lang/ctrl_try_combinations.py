# try/except/else/finally in all combinations
def run(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return log + ['ret-from-try']
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
for m in ('ok', 'raise', 'return'):
    print(m, run(m))
def nested(a, b):
    try:
        try:
            if a:
                raise KeyError
        except KeyError:
            if b:
                raise IndexError
            return 'inner handled'
        finally:
            print('inner finally', a, b)
    except IndexError:
        return 'outer handled'
    return 'no error'
for a in (0, 1):
    for b in (0, 1):
        print(a, b, nested(a, b))
def exc_in_else():
    try:
        pass
    except ValueError:
        return 'not reached'
    else:
        raise TypeError('from else')
try:
    exc_in_else()
except TypeError as e:
    print('else raised', e.args)
def exc_in_handler():
    try:
        raise ValueError
    except ValueError:
        raise KeyError('handler')
    finally:
        print('finally still runs')
try:
    exc_in_handler()
except KeyError as e:
    print(e.args, type(e.__context__).__name__)
