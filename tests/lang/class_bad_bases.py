for src in ["class A(1): pass", "class A(len): pass", "class A(bool): pass", "class A(object, object): pass",
            "class X: pass\nclass Y(X): pass\nclass Z(X, Y): pass", "class A(type(None)): pass", "class A(int, str): pass",
            "class A(metaclass=type): pass", "class A(metaclass=lambda n, b, d: 42): pass\nprint(A)"]:
    try:
        exec(src)
        print('ok')
    except TypeError as e:
        print('TypeError')
