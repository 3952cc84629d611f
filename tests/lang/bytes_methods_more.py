# bytes methods beyond the basics
b = b'Hello, World'
print(b.upper(), b.lower(), b.find(b'o'), b.rfind(b'o'), b.count(b'l'))
print(b.replace(b'l', b'L'), b.split(b', '), b.startswith(b'He'), b.endswith(b'ld'))
print(b.strip(b'Hd'), b'  x  '.strip(), b'xxyxx'.lstrip(b'x'), b'xxyxx'.rstrip(b'x'))
print(b.index(b'W'), b.partition(b','), b.rpartition(b'o'))
print(b'-'.join([b'a', b'b', b'c']), b''.join([bytearray(b'x'), b'y']))
print(b'abc'.isalpha(), b'123'.isdigit(), b'  '.isspace(), b'ab1'.isalnum(), b'AB'.isupper(), b'ab'.islower())
print(b'a b  c'.split(), b'a,b'.split(b',', 1), b'line1\nline2'.splitlines())
print(b'abc'.center(7, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'5'.zfill(3))
print(bytes.fromhex('deadbeef'), bytes.fromhex('01 02 ff'), b'\x01\xab'.hex())
print(b'hello'[1], b'hello'[1:3], b'hello'[::-1], list(b'hi'))
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes(b'copy'))
print(b'abc' * 2, b'a' in b'abc', 97 in b'abc', b'abc' < b'abd')
print(b'%d-%s' % (5, b'x'), b'%05.1f' % 3.14159 if True else '')
print(b'TeSt'.swapcase() if hasattr(b'', 'swapcase') else b'tEsT')
try:
    bytes([256])
except ValueError:
    print('ValueError 256')
try:
    b'a' + 'b'
except TypeError:
    print('TypeError mix')
print(b'\x00\x01'.decode(), len(b'\x00' * 5))
