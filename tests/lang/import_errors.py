# failed imports
try:
    import mod_does_not_exist
except ImportError:
    print("ImportError")
try:
    from mod_helper1 import no_such_name
except ImportError:
    print("ImportError from")
try:
    import mod_helper3
except ValueError as e:
    print("module raised", e.args)
import sys
print("mod_helper3" in sys.modules)
