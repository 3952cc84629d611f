# constructor conversions between builtin types
print(int('7'), int(7.9), int(True), float('7'), float(7), float(False))
print(str(7), str(7.0), str(True), str(None), str([1]), str(b'x'))
print(list('ab'), list((1, 2)), list({'a': 1}), list({3}), list(range(2)), list(b'ab'))
print(tuple('ab'), tuple([1]), tuple({'a': 1}.items()))
print(sorted(set('hello')), sorted(set([1, 1, 2])), sorted(frozenset('aa')))
print(dict([(1, 2)]), dict(a=1), dict({'b': 2}), dict(zip([1, 2], 'ab')))
print(bytes('ab', 'ascii'), bytes([1, 2]), bytes(2), bytes(bytearray(b'q')))
print(bytearray('ab', 'utf-8'), bytearray([1]), bytearray(2), bytearray(b'x'))
print(bool(''), bool('a'), bool(0.0), bool([0]), bool({}), bool(range(0)))
print(complex(1), complex(1, 2), complex('3+4j'), complex(2.5))
print(int(float('1e5')), float(int('100')), str(float('1e100')))
for f, a in [(int, '1.5'), (float, 'x'), (int, None), (list, 5), (dict, [1])]:
    try:
        f(a)
    except (ValueError, TypeError) as e:
        print(f.__name__, repr(a), type(e).__name__)
