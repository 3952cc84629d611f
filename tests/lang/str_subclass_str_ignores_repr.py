# str() of a str subclass that only overrides __repr__ must return the string value
class S(str):
    def __repr__(self):
        return 'S!'
s = S('a')
print(str(s), '%s' % s, f'{s}', format(s), '{}'.format(s), repr(s), [s])
