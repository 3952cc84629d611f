# Long C-level iterations still give the right results (the interrupt check
# every 4096 steps must not disturb them).
print(sum(range(100000)))
print(len(list(range(20000))))
print(max(x % 977 for x in range(20000)))
print(sorted(set(i % 10 for i in range(30000))))
print(''.join(str(i % 10) for i in range(9000))[-12:])
print(any(i == 19999 for i in range(20000)), all(i >= 0 for i in range(20000)))
print(sum(1 for _ in zip(range(10000), range(10000))))
