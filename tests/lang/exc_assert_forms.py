# assert statements
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert False
except AssertionError as e:
    print('no message', e.args)
try:
    assert [], 'empty list'
except AssertionError as e:
    print(e.args)
try:
    assert 1 == 2, ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
assert True
assert 1, 'never'
def lazy_msg():
    print('message evaluated')
    return 'm'
assert True, lazy_msg()
try:
    assert 0, lazy_msg()
except AssertionError:
    print('caught')
count = 0
for i in range(5):
    try:
        assert i % 2 == 0
        count += 1
    except AssertionError:
        pass
print(count)
