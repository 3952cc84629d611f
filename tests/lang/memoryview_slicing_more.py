# memoryview slicing and in-place updates through views
buf = bytearray(b'0123456789')
mv = memoryview(buf)
print(len(mv), mv[0], bytes(mv[2:5]), mv[-1])
mv[0] = 65
mv[1:3] = b'BC'
print(buf)
sub = mv[5:]
sub[0] = ord('x')
print(buf, bytes(sub), len(sub))
ro = memoryview(b'readonly')
try:
    ro[0] = 1
except TypeError:
    print('TypeError readonly')
print(bytes(ro[4:]), ro.tolist() if hasattr(ro, 'tolist') else list(b'readonly'))
from array import array
a = array('H', [1, 2, 3])
m = memoryview(a)
print(len(m), m[1], list(m))
m[1] = 500
print(list(a))
def fill(view, v):
    for i in range(len(view)):
        view[i] = v
fill(mv[2:4], ord('-'))
print(buf)
print(bytes(memoryview(b'abc')), bytearray(memoryview(b'xy')))
