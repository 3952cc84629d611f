# %-formatting of integers with flags, width and precision
for v in (0, 7, -7, 255, -255, 123456789, 2 ** 70):
    print('%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%.3d|%8.3d' % ((v,) * 13))
print('%i %u' % (5, 6) if True else '')
print('%c%c%c' % (72, 105, 33), '%c' % 'z')
print('%*d|%-*d|%.*d' % (6, 42, 6, 42, 4, 42))
print('%d%%' % 50, '%%d', '%s%%s' % 'x')
print('%(a)d-%(b)s' % {'a': 1, 'b': 'two'}, '%(x)05d' % {'x': 3})
print('%d' % True, '%d' % 3.99, '%x' % 255, '%d' % -0.5)
print('%s' % 5, '%r' % 5, '%s' % (5,), '%s' % [5])
for bad in ("'%d' % 'x'", "'%d %d' % (1,)", "'%d' % (1, 2)", "'%z' % 1"):
    try:
        eval(bad)
        print('no error', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, bad)
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%s and %s' % ('a', 'b'), '%s' % ((1, 2),), '%s' % None)
