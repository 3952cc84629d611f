# split / rsplit
print("a b  c\td\ne".split())
print("a,b,,c".split(","))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  leading and trailing  ".split())
print("".split(), "".split(","), "abc".split("b"))
print("one::two::three".split("::"))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("x".split("x"), "xx".split("x"))
try:
    "abc".split("")
except ValueError:
    print("ValueError")
