# string concatenation and repetition
a = "foo"
b = "bar"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0 == "", a * -1 == "")
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for w in ["x", "y", "z"]:
    parts.append(w * 2)
print("-".join(parts))
print("ab" "cd", ("multi"
                  "line"))
t = "a"
t *= 4
print(t)
