# helper module that raises at import time
x = 1
raise ValueError("mod_helper3 import failure")
