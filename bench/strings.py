# bench: string building, concatenation, join, formatting, methods
def main():
    total = 0
    for rep in range(700):
        parts = []
        for i in range(2000):
            parts.append("item%d" % i)
        s = ",".join(parts)
        total += len(s)
        fields = s.split(",")
        total += len(fields)
        acc = ""
        for i in range(500):
            acc += str(i)
        total += len(acc)
        for i in range(500):
            line = "{}:{:>5}|{}".format(i, i * 7, "x" * (i % 10))
            total += len(line.upper().replace("X", "yy"))
        words = s.replace(",", " ").split()
        total += sum(1 for w in words if w.startswith("item1"))
        total += s.count("9") + s.find("item1999")
    print("strings", total)

main()
