# join
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " ".join([]))
print("-".join("abc"), ", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("ab".join(("1", "2", "3")))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
words = ["the", "quick", "brown", "fox"]
print(" ".join(w.upper() for w in words))
print(" ".join(reversed(words)))
