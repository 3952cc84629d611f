# split/join round trips and edge cases
for s in ['a,b,c', ',a,,b,', '', ',', 'no-sep', ',,,']:
    parts = s.split(',')
    print(repr(s), parts, ','.join(parts) == s)
for s in ['  a  b   c ', '', '   ', 'one', '\ta\nb\r\nc\x0bd\x0ce']:
    print(repr(s), s.split())
print('a b c d'.split(None, 2), 'a b c d'.split(' ', 0), 'a b c d'.rsplit(' ', 2))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), 'aaa'.split('a'))
try:
    'abc'.split('')
except ValueError:
    print('ValueError empty sep')
print('x'.join([]), 'x'.join(['only']), '->'.join(('p', 'q')))
try:
    ','.join([1, 2])
except TypeError:
    print('TypeError join int')
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(set(words)), ' '.join(reversed(words)))
print('|'.join(w.capitalize() for w in words))
csv = 'name,age\nann,30\nbob,25'
rows = [line.split(',') for line in csv.splitlines()]
print(rows, [r[1] for r in rows[1:]])
print('a\nb\n'.split('\n'), 'a\nb\n'.splitlines(), 'a\nb\n'.splitlines(True) if True else '')
