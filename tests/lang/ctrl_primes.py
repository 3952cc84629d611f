# sieve and trial-division primes
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i in range(n + 1) if is_p[i]]
ps = sieve(5000)
print(len(ps), ps[:10], ps[-3:])
def trial(n):
    out = []
    for c in range(2, n):
        for d in range(2, c):
            if d * d > c:
                out.append(c)
                break
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(trial(60))
