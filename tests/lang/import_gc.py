# gc module (portable parts)
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = [list(range(10)) for _ in range(100)]
gc.enable()
print(gc.isenabled())
del x
gc.collect()
print("ok")
