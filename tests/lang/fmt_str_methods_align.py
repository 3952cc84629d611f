# alignment via str methods vs format
for s in ('', 'a', 'abc', 'abcdef'):
    print(repr(s.ljust(4)), repr(s.rjust(4)), repr(s.center(4)), repr(s.center(5, '-')))
    print(repr('{:<4}'.format(s)), repr('{:>4}'.format(s)), repr('{:^4}'.format(s)), repr('{:-^5}'.format(s)))
for n in (1, 12, 123):
    print(str(n).zfill(5), '{:05}'.format(n), '%05d' % n, f'{n:05}')
print('abc'.center(8, '*'), 'abcd'.center(9, '*'))
print('x'.center(2), '|' + 'x'.center(4) + '|', '|' + 'xy'.center(5) + '|')
