# json.dumps of builtin subclasses and ordered mappings
import json
from collections import OrderedDict
class D(dict): pass
class L(list): pass
class I(int): pass
class S(str): pass
class F(float): pass
print(json.dumps(D(a=1)), json.dumps(L([1, 2])), json.dumps(I(5)), json.dumps(S('x')), json.dumps(F(1.5)))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])))
print(json.dumps({'nested': D(k=L([I(1), S('s')]))}))
print(json.loads(json.dumps(D(z=[F(0.5)]))))
