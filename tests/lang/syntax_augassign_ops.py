# every augmented assignment operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0x10; print(x)
x &= 0x1c; print(x)
x ^= 0xff; print(x)
y = 7.0
y /= 2; print(y)
y **= 2; print(y)
y -= 0.25; print(y)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
l = [1]
l2 = l
l += [2]; print(l, l is l2)
l *= 2; print(l, l is l2)
t = (1,)
t2 = t
t += (2,); print(t, t is t2)
d = {'k': 1}
d['k'] += 10; print(d)
class O: pass
o = O(); o.v = 3
o.v *= 3; print(o.v)
arr = [[0, 1], [2, 3]]
arr[1][0] -= 5; print(arr)
b = b'x'
b += b'y'; print(b)
st = {1, 2}
st |= {3}; st &= {2, 3}; st ^= {4}; st -= {2}; print(sorted(st))
n = 2 ** 64
n += 1; n *= n; print(n)
