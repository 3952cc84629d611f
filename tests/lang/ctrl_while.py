# while loops, break, continue, else
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print(i)
n = 0
while True:
    n += 1
    if n > 100:
        break
print(n)
k = 0
while k < 3:
    k += 1
else:
    print("while else ran", k)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print("not printed")
print("broke at", k)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
