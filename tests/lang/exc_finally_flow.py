# finally interacting with return, break, continue
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
    return i
print(f4())
def f5():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print('x now', x)
print(f5())
def f6():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError:
        print('outer except')
    finally:
        print('outer finally')
f6()
def f7():
    while True:
        try:
            return 'from loop'
        finally:
            print('loop fin')
print(f7())
def f8(n):
    try:
        if n:
            raise ValueError(n)
        return 'ok'
    except ValueError:
        return 'err'
    finally:
        print('f8 fin', n)
print(f8(0), f8(1))
