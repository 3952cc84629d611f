# helper module for import_* tests (not a test itself)
print("mod_helper1 loading")
VERSION = (1, 2)
counter = 0
def add(a, b):
    return a + b
def bump():
    global counter
    counter += 1
    return counter
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name
_private = "underscore"
