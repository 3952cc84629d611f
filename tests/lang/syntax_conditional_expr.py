# conditional expressions, nesting and precedence
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
for n in (-5, 0, 7):
    print(n, sign(n))
x = 3
print(x * 2 if x > 2 else x * 3)
print((lambda v: 'big' if v > 100 else 'small')(500))
print([('even' if i % 2 == 0 else 'odd') for i in range(5)])
print(1 + (10 if x else 20))
print(1 + 10 if not x else 20)
a = None
print(a if a is not None else 'default')
print('y' if [] else 'n', 'y' if [0] else 'n')
t = (1 if x > 1 else 2, 3 if x < 1 else 4)
print(t)
def side(s):
    print('side', s)
    return s
print(side('A') if True else side('B'))
print(side('A') if False else side('B'))
val = 'x' if x == 3 else ('y' if x == 4 else 'z')
print(val)
print(not x if x else x)
print(x if x > 0 and x < 10 else -1)
print({k: (v if v else '-') for k, v in [('a', 1), ('b', 0)]})
