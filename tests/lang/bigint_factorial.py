# factorials and binomials
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(50))
print(fact(100))
print(sum(int(c) for c in str(fact(100))))

def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))

print(binom(100, 50))
print([binom(10, k) for k in range(11)])
