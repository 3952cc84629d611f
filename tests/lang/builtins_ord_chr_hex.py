# ord, chr, hex, oct, bin
print(ord("A"), ord("z"), ord("\t"), ord("é"), chr(65), chr(122), chr(233))
print(hex(255), hex(-1), hex(0), oct(64), oct(-9), bin(10), bin(-3), bin(0))
print(hex(2 ** 64), bin(2 ** 20), oct(2 ** 33))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(777), 8))
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
try:
    ord("")
except TypeError:
    print("TypeError")
