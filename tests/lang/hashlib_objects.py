# hashlib: digest twice, update after digest, copy, sizes, errors
import hashlib

h = hashlib.sha256(b'hello')
d1 = h.digest()
d2 = h.digest()
print(d1 == d2, h.hexdigest() == d1.hex())
h.update(b' world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())

h = hashlib.sha1(b'abc')
c = h.copy()
c.update(b'def')
print(h.hexdigest() == hashlib.sha1(b'abc').hexdigest())
print(c.hexdigest() == hashlib.sha1(b'abcdef').hexdigest())

for name in ('sha256', 'sha1', 'md5'):
    h = getattr(hashlib, name)()
    print(name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()), h.name)
    print(type(h.digest()).__name__, type(h.hexdigest()).__name__)

print(hashlib.md5().hexdigest())
print(hashlib.sha256(b'') .digest() == hashlib.sha256().digest())
print(h.update(b'x'))

for bad in (1, None, [1, 2], 1.5):
    try:
        hashlib.sha256(bad)
        print('no error')
    except TypeError:
        print('TypeError')
    try:
        hashlib.md5().update(bad)
        print('no error')
    except TypeError:
        print('TypeError')

# hashlib.new by name
for name in ('sha256', 'sha1', 'md5', 'SHA256'):
    print(name, hashlib.new(name, b'abc').hexdigest() == getattr(hashlib, name.lower())(b'abc').hexdigest())
h = hashlib.new('md5')
h.update(b'x')
print(h.hexdigest(), h.name)
try:
    hashlib.new('nosuchhash')
except ValueError:
    print('ValueError')
