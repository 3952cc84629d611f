# string slicing
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[::-3])
print(s[100:], s[-100:3], s[5:2], s[3:3] == "")
print(s[0:10:3], s[-1:-5:-1], s[2:-2])
for i in range(0, 10, 4):
    print(s[i:i + 4])
print(s[slice(1, 4)], s[slice(None, None, -2)])
