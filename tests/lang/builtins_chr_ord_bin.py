# chr, ord, bin, oct, hex, ascii-ish conversions
print([ord(c) for c in 'Az09 ~'], ''.join(chr(i) for i in range(65, 75)))
print(chr(0x3b1), ord('α'), chr(0x1f600) == '\U0001f600', ord('\U0001f600'))
print(chr(0), repr(chr(0)), repr(chr(127)), repr(chr(7)))
try:
    chr(-1)
except ValueError:
    print('ValueError chr')
try:
    chr(0x110000)
except ValueError:
    print('ValueError chr big')
for bad in ('', 'ab'):
    try:
        ord(bad)
    except TypeError:
        print('TypeError ord', repr(bad))
print(ord(b'a'), ord(bytearray(b'z')))
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), oct(0))
print(int(bin(12345), 2), int(hex(54321), 16), int(oct(777), 8))
print(hex(2 ** 100), bin(2 ** 20), oct(8 ** 10))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'hello world xyz')
print(caesar)
print(sorted('Python', key=ord), max('hello', key=ord))
