# except clauses with tuples, bare except, ordering
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return 'lookup:' + type(e).__name__
    except ZeroDivisionError:
        return 'zero'
    except ArithmeticError as e:
        return 'arith:' + type(e).__name__
    except Exception as e:
        return 'other:' + type(e).__name__
    else:
        return 'none'
print(classify(lambda: {}['x']))
print(classify(lambda: [][1]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 2.0 ** 5000))
print(classify(lambda: int('x')))
print(classify(lambda: None))
print(classify(lambda: undefined_var))
def bare():
    try:
        raise OSError(5, 'io')
    except:
        return 'bare caught'
print(bare())
errs = (TypeError, ValueError)
try:
    int([])
except errs as e:
    print('tuple var', type(e).__name__)
try:
    try:
        raise ValueError('v')
    except TypeError:
        print('not here')
except ValueError:
    print('outer caught')
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(UnicodeError, ValueError))
