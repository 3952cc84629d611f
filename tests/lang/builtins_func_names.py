# __name__ of builtin functions, builtin methods (bound and unbound) and module functions
import math, sys, time, gc
names = [f.__name__ for f in (abs, all, any, bin, callable, chr, dir, divmod, eval, exec, getattr, globals, hasattr, hash,
                              hex, id, input, isinstance, issubclass, iter, len, locals, max, min, next, oct, ord, pow,
                              print, repr, round, setattr, sorted, sum, vars, delattr, format)]
print(names)
print([f.__name__ for f in (math.sqrt, math.floor, math.gcd, math.isclose, sys.exit, time.sleep, gc.collect)])
s, l, d = 'abc', [1], {'k': 1}
print(s.upper.__name__, s.split.__name__, l.append.__name__, l.sort.__name__, d.items.__name__, d.get.__name__)
print(s.upper.__self__ is s, l.append.__self__ is l, d.get.__self__ is d)
print(str.join.__name__, list.append.__name__, dict.fromkeys.__name__, bytes.fromhex.__name__, int.from_bytes.__name__)
print(str.upper.__qualname__, list.append.__qualname__, len.__qualname__, (1).to_bytes.__name__)
def user(): pass
print(user.__name__, user.__qualname__, (lambda: 0).__name__, type(user).__name__)
