# helper module that imports another helper
import mod_helper1
from mod_helper1 import add
def add3(a, b, c):
    return add(add(a, b), c)
def helper1_version():
    return mod_helper1.VERSION
class LoudGreeter(mod_helper1.Greeter):
    def greet(self):
        return super().greet().upper()
