# MicroPython's hashlib takes a str as its UTF-8 bytes (CPython raises TypeError)
import hashlib
print(hashlib.sha256('abc').digest() == hashlib.sha256(b'abc').digest())
h = hashlib.md5()
h.update('caf\u00e9')
print(h.hexdigest() == hashlib.md5('caf\u00e9'.encode()).hexdigest())
print(hashlib.sha1('').hexdigest())
