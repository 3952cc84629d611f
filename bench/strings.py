# bench: string building, concatenation, join, formatting, methods
def main():
    total = 0
    for rep in range(6000):
        parts = []
        for i in range(150):
            parts.append("item%d" % i)
        s = ",".join(parts)
        parts = None
        total += len(s)
        fields = s.split(",")
        total += len(fields)
        fields = None
        acc = ""
        for i in range(60):
            acc += str(i)
        total += len(acc)
        for i in range(60):
            line = "{}:{:>5}|{}".format(i, i * 7, "x" * (i % 10))
            total += len(line.upper().replace("X", "yy"))
        words = s.replace(",", " ").split()
        total += sum(1 for w in words if w.startswith("item1"))
        words = None
        total += s.count("9") + s.find("item149")
    print("strings", total)

main()
