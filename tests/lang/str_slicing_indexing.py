# str indexing and slicing with all step forms
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(s[100:], s[-100:2], s[5:2], s[3:3], repr(s[10:]))
print(s[-1:-5:-1], s[-5:-1], s[:100:4])
for i in (10, -11):
    try:
        s[i]
    except IndexError:
        print('IndexError', i)
try:
    s[::0]
except ValueError:
    print('ValueError step 0')
u = 'héllo wörld'
print(u[1], u[7], u[::-1], u[1:4], len(u))
print(s[slice(1, 4)], s[slice(None, None, -3)])
print([s[i:i + 3] for i in range(0, len(s), 3)])
try:
    s[0] = 'z'
except TypeError:
    print('TypeError immutable')
print(s[True], s[False:True + 2])
