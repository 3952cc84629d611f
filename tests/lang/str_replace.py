# replace
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("abc", ""))
print("hello".replace("l", "L", 1), "hello".replace("ll", ""))
