# %-formatting must accept instances of int/float subclasses and tuple subclasses as the arg tuple
from collections import namedtuple
class I(int):
    pass
class F(float):
    pass
class T(tuple):
    pass
P = namedtuple('P', 'x y')
print('%d' % I(5), '%x' % I(255), '%5d|' % I(3))
print('%.1f' % F(1), '%d' % F(2.5), '%e' % F(0.5))
print('%d-%d' % T((3, 4)), '%s/%s' % P(1, 2))
print('%d' % True, '%.2f' % True)
