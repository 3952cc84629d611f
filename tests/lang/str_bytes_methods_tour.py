b = b'Hello, World'
ba = bytearray(b'  abc def  ')
tests = [
 "b.upper()", "b.lower()", "b.swapcase()", "b.title()", "b.capitalize()", "b.center(20, b'*')", "b.ljust(15, b'.')", "b.rjust(15)",
 "b.count(b'l')", "b.find(b'o')", "b.rfind(b'o')", "b.index(b'W')", "b.rindex(b'l')", "b.startswith((b'He', b'x'))", "b.endswith(b'ld')",
 "b.split(b', ')", "b.rsplit(b'o', 1)", "b.partition(b', ')", "b.rpartition(b'o')", "b.replace(b'l', b'L', 2)", "b.strip(b'Hd')",
 "ba.strip()", "ba.lstrip()", "ba.rstrip()", "ba.split()", "b.join([b'a', bytearray(b'b')])", "b.zfill(15)", "b'-5'.zfill(4)",
 "b'a\\tb'.expandtabs(4)", "b'abc'.isalpha()", "b'123'.isdigit()", "b'ab1'.isalnum()", "b' '.isspace()", "b'ABC'.isupper()", "b'abc'.islower()", "b'Ab Cd'.istitle()",
 "b'a\\nb\\r\\nc'.splitlines()", "b'a\\nb'.splitlines(True)", "b'abc'.hex()", "bytes.fromhex('61 62')", "b'ab'.decode()", "b'\\xff'.decode('latin-1')",
 "b'x'.removeprefix(b'x')", "b'abc'.removesuffix(b'c')", "b'%d-%s' % (5, b'x')", "b'abc'.translate(bytes.maketrans(b'a', b'z'))", "b'abc'.translate(None, b'b')",
 "bytearray(b'abc').pop()", "bytearray(b'xyz').hex(':')", "b'a,b,,c'.split(b',')", "b'  a  b '.split(None, 1)", "b'abc'[::-1]", "b'abc' * 2", "b'ab' < b'b'",
 "bytes(3)", "bytes([65, 66])", "bytes('é', 'utf8')", "bytearray(2)", "b'abc'.isascii()", "b'ab'.ljust(1)", "b'AbC'.lower().upper()",
]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__)
x = bytearray(b'hello')
x[0:1] = b'J'; x += b'!'; x.extend([33]); x.insert(0, 62); x.remove(33); x.reverse(); print(x)
x[::2] = b'zzzz'; print(x); del x[::3]; print(x); x *= 2; print(x, len(x)); x.clear(); print(x)
s = 'Straße Ünïcode'
tests2 = ["s.upper()", "s.lower()", "s.casefold()", "s.title()", "s.isprintable()", "s.isidentifier()", "'Ab'.isidentifier()", "'1a'.isidentifier()",
 "'½'.isnumeric()", "'²'.isdigit()", "'٣'.isdecimal()", "s.encode('utf-8')", "s.center(21, '·')", "'{:^9}'.format('ü')", "'a b'.split(maxsplit=0)", "'abc'.partition('')" , "''.join(reversed('abc'))",
 "'x'.join('abc')", "'%5.1f|%-4d|%x|%o|%e|%c|%r' % (3.14159, 7, 255, 8, 12345.678, 65, 'q')", "'tab\\tbed'.expandtabs()", "'a'.zfill(3)", "'-1'.zfill(4)", "'title case here'.title()", "'ABC'.casefold()",
 "str.maketrans('ab', 'xy')", "'abc'.translate({97: 'A', 98: None})", "'hello'.count('')", "'aaa'.replace('', '-')", "'a'.center(4)", "'%s %%' % 'p'", "'%(a)s-%(b)d' % {'a': 'x', 'b': 2}",
 "'abc'.startswith('b', 1)", "'abc'.endswith(('x', 'c'))", "'a\\u2028b'.splitlines()", "'  x '.strip(' x')", "'x'.rjust(3, '0')", "'ab'.__len__()", "'é'.encode('ascii', 'replace') if False else 'é'.encode()",
]
for t in tests2:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__)
