# the modules under MicroPython's u-names when present, else the CPython names
try:
    import ustruct as struct
except ImportError:
    import struct
try:
    import ujson as json
except ImportError:
    import json
try:
    import ubinascii as binascii
except ImportError:
    import binascii
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib
try:
    import uerrno as errno
except ImportError:
    import errno

print(struct.pack('<H', 258), json.dumps({'a': [1]}), binascii.hexlify(b'\x01'))
print(hashlib.sha256(b'').hexdigest()[:16], errno.ENOENT)
print(struct.__name__, json.__name__, binascii.__name__, hashlib.__name__, errno.__name__)
import struct as s2, json as j2
print(s2 is struct, j2 is json)
