# text files: write/read, append, readline, iteration, readlines, with
f = open("t.txt", "w")
print(f.write("line one\n"))
print(f.write("line two\nline three\n"))
print(f.write(""))
f.close()

f = open("t.txt")
print(repr(f.read()))
f.close()

with open("t.txt", "a") as f:
    print(f.write("appended\n"))

with open("t.txt") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.tell())
    print(repr(f.read(4)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read()))

with open("t.txt", "r") as f:
    for line in f:
        print(repr(line))

with open("t.txt", "rt") as f:
    print(f.readlines())

# a file without a final newline
with open("n.txt", "w") as f:
    f.write("a\nb")
with open("n.txt") as f:
    print([l for l in f])
with open("n.txt") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))

# read(n) counts characters in text mode
with open("u.txt", "w") as f:
    print(f.write("h\u00e9llo \u20ac!"))
with open("u.txt") as f:
    print(repr(f.read(2)), repr(f.read(5)), repr(f.read()))
with open("u.txt", "rb") as f:
    print(f.read())

# w truncates
with open("t.txt", "w") as f:
    f.write("short\n")
with open("t.txt") as f:
    print(repr(f.read()))

# the with statement closed the file
with open("t.txt") as f:
    pass
try:
    f.read()
except (OSError, ValueError) as e:
    print("closed", type(e).__name__)

# read-only / write-only
with open("final.txt", "w") as f:
    f.write("kept on the image\n")
    f.flush()
    f.write("second line\n")
print(open("final.txt").read() == "kept on the image\nsecond line\n")
