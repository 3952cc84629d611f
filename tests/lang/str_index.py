# string indexing
s = "hello world"
print(s[0], s[4], s[-1], s[-5], len(s))
for i in range(len(s)):
    print(s[i], end="")
print()
try:
    s[11]
except IndexError:
    print("IndexError")
try:
    s[-12]
except IndexError:
    print("IndexError")
try:
    s[1] = "x"
except TypeError:
    print("TypeError")
print("abc"[True], ""[0:5] == "")
