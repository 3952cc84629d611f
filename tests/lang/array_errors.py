# array: errors (print the exception types only)
from array import array


def check(f):
    try:
        r = f()
        print('no error', r)
    except Exception as e:
        print(type(e).__name__)


check(lambda: array('z'))
check(lambda: array('ii'))
check(lambda: array(''))
check(lambda: array(5))
check(lambda: array(b'i'))
check(lambda: array('i', 'abc'))
check(lambda: array('i', [1, 'a']))
check(lambda: array('i', [1.5]))
check(lambda: array('d', ['x']))
check(lambda: array('d', [None]))
check(lambda: array('i', 5))
check(lambda: array('i', b'abc'))
check(lambda: array('i', array('d', [1.0])))
check(lambda: array())
check(lambda: array('i', [], 3))
a = array('i', [1, 2, 3])
check(lambda: a[3])
check(lambda: a[-4])
check(lambda: a['x'])
check(lambda: a[1.0])


def setitem(i, v):
    a[i] = v


check(lambda: setitem(5, 1))
check(lambda: setitem(0, 'x'))
check(lambda: setitem(0, 2 ** 40))
check(lambda: setitem(slice(0, 2), [1, 2]))
check(lambda: setitem(slice(0, 2), array('h', [1, 2])))
check(lambda: setitem(slice(0, 3, 2), array('i', [1, 2, 3])))
check(lambda: setitem(slice(None), b'abcd'))
print(a)


def delitem(i):
    del a[i]


check(lambda: delitem(7))
check(lambda: array('i').pop())
check(lambda: a.pop(3))
check(lambda: a.pop(-4))
check(lambda: a.remove(9))
check(lambda: a.index(9))
check(lambda: a.index(1, 1))
check(lambda: a.extend(array('h', [1])))
check(lambda: a.extend(5))
check(lambda: a.extend(['x']))
check(lambda: a.append('x'))
check(lambda: a.insert(0, 1.5))
check(lambda: a.fromlist((1, 2)))
check(lambda: a.fromlist([1, 'x']))
check(lambda: a.frombytes(b'abc'))
check(lambda: a.frombytes('abcd'))
check(lambda: a.frombytes([1, 2, 3, 4]))
check(lambda: a + [4])
check(lambda: a + array('b', [4]))
check(lambda: [4] + a)
check(lambda: a * 'x')
check(lambda: a * 1.5)
check(lambda: hash(a))
check(lambda: a < [1])
check(lambda: a.nosuch)
print(a)


def iadd(v):
    global a
    a += v


check(lambda: iadd([1]))
check(lambda: iadd(array('d', [1])))
check(lambda: setattr(a, 'typecode', 'b'))
print(a, a.typecode)
