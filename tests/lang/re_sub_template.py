# re: replacement template syntax in sub and Match.expand
import re

m = re.match(r'(?P<a>\w)(?P<b>\w)(\w)?', 'xy')
for t in [r'\1\2', r'\g<0>', r'\g<a>-\g<b>', r'\g<2>\g<1>', r'[\3]', r'\n\t\\', r'\101\0', r'\08', r'\g<1>1',
          r'\g<1>0', r'\.\-\&\%', 'plain', '', r'\a\b\f\v\r']:
    print(repr(t), repr(m.expand(t)))
for t in [r'\1' + '0', r'\4', r'\g<4>', r'\g<c>', r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<-1>', r'\x41', r'\z', '\\', r'\777', r'\g<1a>']:
    try:
        print(repr(t), repr(m.expand(t)))
    except re.error as e:
        print(repr(t), 'error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
print(re.sub(r'(\w+)', r'\g<1>\g<1>', 'ab cd'))
print(re.sub(r'x', '\\\\', 'axb'))
print(re.sub(b'(a)', rb'\1\n\g<1>', b'xa'))
print(re.sub('(a)', '\u00e9\\1\u00e9', 'bab'))
print(re.sub('(\u00e9)', r'<\1>', '\u00e9t\u00e9'))
print(re.sub('a', r'\\1', 'a'))
