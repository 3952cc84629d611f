# format() builtin
print(format(42), format(42, "5"), format(42, "<5") + "|", format(255, "x"), format(255, "08b"))
print(format("s", ">3"), format(3.5, ".1f"), format(True), format(None))
print(format(-7, "+"), format(7, "+"), format(7, " "))
print(format(1234.5, ",.1f"))
