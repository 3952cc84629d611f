# __name__ of the main script and of imported modules
print(__name__)
if __name__ == "__main__":
    print("running as main")
import mod_helper1
print(mod_helper1.__name__)
def f():
    return __name__
print(f())
