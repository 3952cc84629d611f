# import inside functions binds locally
def use():
    import mod_helper1
    return mod_helper1.add(5, 6)
print(use())
try:
    mod_helper1
except NameError:
    print("not bound globally")
def use_from():
    from mod_helper1 import Greeter
    return Greeter("f").greet()
print(use_from())
