# bench: recursive function calls (fib)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main():
    total = 0
    for i in range(3):
        total += fib(31)
    print("fib", total)

main()
