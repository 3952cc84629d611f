# import a module beside the script
import mod_helper1
print(mod_helper1.add(2, 3), mod_helper1.VERSION)
g = mod_helper1.Greeter("kiln")
print(g.greet())
print(mod_helper1.bump(), mod_helper1.bump(), mod_helper1.counter)
print(mod_helper1.__name__, type(mod_helper1).__name__)
print(hasattr(mod_helper1, "add"), hasattr(mod_helper1, "nope"))
mod_helper1.VERSION = "patched"
print(mod_helper1.VERSION)
