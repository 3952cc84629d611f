# iterating over strings
s = "héllo"
for ch in "abc":
    print(ch, ord(ch))
print(list("hello"), tuple("ab"), sorted("banana"))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
print([c.upper() for c in "xyz"])
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
