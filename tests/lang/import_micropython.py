# micropython.const (MicroPython-only: checked-in .exp)
from micropython import const
import micropython
X = const(10)
_Y = const(2 ** 5)
NAME = const("kiln")
def f():
    return X * _Y
print(X, _Y, NAME, f())
print(micropython.const(7) + 1)
GRID = const(4)
print([i * GRID for i in range(GRID)])
