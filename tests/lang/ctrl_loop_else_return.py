# return/break inside try/finally inside loops
def first_even(seq):
    for x in seq:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return None
print(first_even([1, 3, 4, 5]))
print(first_even([1]))
for i in range(5):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_else(n):
    for i in range(n):
        if i == 3:
            break
    else:
        return "exhausted"
    return "broke"
print(loop_else(2), loop_else(5))
