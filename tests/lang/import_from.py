# from-import and import-as
from mod_helper1 import add, Greeter, VERSION
import mod_helper1 as h
from mod_helper1 import bump as b
print(add(1, 1), VERSION, Greeter("x").greet())
print(h.add is add, b())
print(h.counter)
from mod_helper4 import *
print(public_a, public_b)
try:
    print(_hidden)
except NameError:
    print("_hidden not imported")
