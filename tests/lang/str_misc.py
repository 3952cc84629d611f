# str() of various objects and the str type itself
print(str(12), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1}))
print(str(), str("x"), str(b"ab"))
print(type("").__name__, isinstance("a", str))
x = "val"
print("value: " + x, "n=" + str(5))
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    1 + "a"
except TypeError:
    print("TypeError")
