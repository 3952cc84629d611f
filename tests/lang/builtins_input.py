# input() reads lines from stdin (builtins_input.in); EOFError at the end
name = input()
print("got", repr(name))
n = int(input("number? "))
print()
print("double", n * 2)
total = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOFError")
        break
    total += sum(int(x) for x in line.split())
print("total", total)
