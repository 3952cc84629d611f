# hashlib: sha256, sha1, md5 of the FIPS / RFC test messages
import hashlib

msgs = [b'', b'a', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz',
        b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
        b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
        b'1234567890' * 8, b'The quick brown fox jumps over the lazy dog']
for m in msgs:
    print(len(m))
    print(' sha256', hashlib.sha256(m).hexdigest())
    print(' sha1  ', hashlib.sha1(m).hexdigest())
    print(' md5   ', hashlib.md5(m).hexdigest())

print(hashlib.sha256(b'abc').digest())
print(hashlib.sha1(b'abc').digest())
print(hashlib.md5(b'abc').digest())
print(hashlib.sha256(b'a' * 1000).hexdigest())
print(hashlib.sha1(bytes(range(256)) * 4).hexdigest())
print(hashlib.md5(bytearray(b'\xff' * 200)).hexdigest())
