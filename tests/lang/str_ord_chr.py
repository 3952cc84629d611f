# ord / chr round trips and simple ciphers
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"))
print(chr(97), chr(65), chr(48), repr(chr(10)))
print("".join(chr(ord(c) + 1) for c in "HAL"))

def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)

print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
print(all(ord(chr(i)) == i for i in range(0, 1000)))
