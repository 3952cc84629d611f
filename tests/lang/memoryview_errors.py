# memoryview misuse raises the right exception types
mv = memoryview(b'abc')
for f, exc in [(lambda: memoryview(1), TypeError), (lambda: memoryview('str'), TypeError),
               (lambda: memoryview([1, 2]), TypeError), (lambda: mv.__setitem__(0, 1), TypeError),
               (lambda: mv[3], IndexError), (lambda: mv[-4], IndexError), (lambda: mv['a'], TypeError),
               (lambda: mv.__delitem__(0), TypeError), (lambda: mv < mv, TypeError),
               (lambda: memoryview(bytearray(2)).__setitem__(0, 300), ValueError),
               (lambda: memoryview(bytearray(2)).__setitem__(0, 'a'), TypeError),
               (lambda: memoryview(bytearray(2)).__setitem__(slice(0, 2), b'abc'), ValueError),
               (lambda: hash(memoryview(bytearray(1))), ValueError), (lambda: memoryview(), TypeError)]:
    try:
        f()
        print('no error')
    except exc:
        print(exc.__name__)
w = memoryview(bytearray(b'xyz'))
w.release()
w.release()
for f in (lambda: len(w), lambda: w[0], lambda: w.tobytes(), lambda: bytes(w)):
    try:
        f()
        print('no error')
    except ValueError:
        print('ValueError released')
print(w == w, memoryview(b'a') == 'a', memoryview(b'a') == 97, memoryview(b'') == b'', memoryview(b'x') != None)
