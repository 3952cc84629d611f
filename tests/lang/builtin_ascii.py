print(ascii('abc'), ascii('é'), ascii('€ and 𝄞'), ascii(['ñ', 'x', 1]))
print(ascii({'κλειδί': 'τιμή'}), ascii(b'\xff'), ascii(3.5), ascii(None))
print(ascii('tab\tnew\nline'), ascii("quote's"), ascii('\x7f\x80'))
class P:
    def __repr__(self):
        return 'P(ü)'
print(ascii(P()), len(ascii('ÿ' * 3)))
