# for loops with break/continue/else
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
for x in []:
    print("never")
else:
    print("empty for else")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break, else ran")
for x in [1, 5, 3]:
    if x == 5:
        print("found 5")
        break
else:
    print("not printed")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))
for i in range(3):
    pass
print("i after loop:", i)
