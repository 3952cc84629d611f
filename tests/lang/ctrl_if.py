# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
x = 5
if x > 3 and x < 10:
    print("in range")
if x < 3 or x == 5:
    print("or works")
if not x == 4:
    print("not works")
if x:
    pass
else:
    print("unreachable")
y = "yes" if x > 2 else "no"
print(y)
if []:
    print("empty list true?")
elif [0]:
    print("non-empty list true")
if None is None and "" == "":
    print("ok")
