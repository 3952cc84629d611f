# bench: integer arithmetic in nested loops
def main():
    acc = 0
    for i in range(9000):
        j = 0
        while j < 1000:
            acc = (acc + i * j + (i ^ j)) % 1000003
            j += 3
    x = 12345
    for k in range(1800000):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        if x & 1:
            acc += x >> 16
        else:
            acc -= x >> 20
    print("loops", acc, x)

main()
