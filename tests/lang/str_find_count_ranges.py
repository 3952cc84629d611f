# find/count/startswith/endswith with start/end including negatives
s = 'abracadabra'
for args in [('a',), ('a', 1), ('a', -3), ('a', 2, 5), ('a', -5, -1), ('bra', 0, 4), ('bra', -4), ('', 3), ('', 20), ('', -2), ('z',), ('a', 20), ('a', 5, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for args in [('ab',), ('ab', 7), ('ra', 2), ('ra', -2), ('a', -1), (('x', 'br'), 1), ('', 11), ('', 12), ('cad', 4, 7), ('cad', 4, 6)]:
    print(args, s.startswith(*args), s.endswith(*args))
print(s.index('c'), s.rindex('a', 0, -1))
try:
    s.index('a', 11)
except ValueError:
    print('ValueError index')
print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'a' * 5 .count('a') if False else 5)
print(''.count(''), ''.find(''), 'abc'.count('', 1, 2))
print(b'abracadabra'.find(b'c', -6), b'abracadabra'.count(b'a', 3), b'xyz'.startswith(b'y', 1))
