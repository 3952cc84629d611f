# building strings: join vs concat, list buffers, str() of numbers
parts = []
for i in range(10):
    parts.append(str(i * i))
print(','.join(parts))
s = ''
for ch in 'abcdef':
    s = ch + s
print(s)
lines = ['%02d:%s' % (i, 'x' * i) for i in range(5)]
print('\n'.join(lines))
table = '\n'.join(' '.join('%2d' % (r * c) for c in range(1, 6)) for r in range(1, 4))
print(table)
print(''.join(reversed('stressed')), ''.join(sorted('banana')))
print(''.join(c for c in 'h-e-l-l-o' if c != '-'))
words = ['alpha', 'beta', 'gamma']
print(', '.join(words[:-1]) + ' and ' + words[-1])
print(str(12) + str(3.5) + str(True) + str(None) + str([1]) + str((2,)))
acc = []
n = 1234567
while n:
    n, r = divmod(n, 1000)
    acc.append('%03d' % r if n else str(r))
print(','.join(reversed(acc)))
print('-' * 20, '=' * 0 + '|', ' ' * 3 + '.')
big = ''.join(chr(97 + i % 26) for i in range(1000))
print(len(big), big[:30], big.count('a'))
