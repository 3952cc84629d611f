# a module's body runs only once; sys.modules caches it
import sys
import mod_helper1
import mod_helper1
import mod_helper2
print("mod_helper1" in sys.modules, "mod_helper2" in sys.modules)
print(sys.modules["mod_helper1"] is mod_helper1)
mod_helper1.bump()
import mod_helper1 as again
print(again.counter)
print(mod_helper2.add3(1, 2, 3), mod_helper2.helper1_version())
print(mod_helper2.LoudGreeter("z").greet())
print(mod_helper2.mod_helper1 is mod_helper1)
