# the builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (IndexError, LookupError), (KeyError, LookupError),
    (LookupError, Exception), (ValueError, Exception), (TypeError, Exception),
    (NameError, Exception), (AttributeError, Exception),
    (StopIteration, Exception), (RuntimeError, Exception), (NotImplementedError, RuntimeError),
    (AssertionError, Exception), (ImportError, Exception), (OSError, Exception),
    (MemoryError, Exception), (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (GeneratorExit, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (IndexError, KeyError), (TypeError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
def kind(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "exception"
for e in (KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, TypeError):
    print(e.__name__, kind(e))
