# string comparison is lexicographic by code point
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a")
print("abc" == "abc", "abc" != "abd", "abc" >= "abc", "b" > "abc")
print(sorted(["pear", "apple", "Banana", "cherry", "apple2", ""]))
print(max("hello"), min("hello"), max(["aa", "b", "ab"]))
print("a" == 1, "1" == 1)
x = "hel"
y = x + "lo"
print(y == "hello", y is not None)
