# sets of various element types; frozenset-free
s = {1, "a", (1, 2), None, 2.5, b"x"}
print(len(s), 1 in s, "a" in s, (1, 2) in s, None in s, 2.5 in s, b"x" in s)
print(1 in {1.0}, True in {1}, 0 in {False})
try:
    {[1, 2]}
except TypeError:
    print("TypeError")
try:
    set().add({})
except TypeError:
    print("TypeError")
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
print(len(big), 999 in big, 998 in big, min(big), max(big))
