# generators combined with enumerate/zip/map/filter
def letters():
    for c in "abcd":
        yield c
print(list(enumerate(letters())), list(enumerate(letters(), 10)))
print(list(zip(letters(), range(10), "wxyz")))
print(list(map(str.upper, letters())), list(filter(lambda c: c in "bd", letters())))
print(dict(zip(letters(), range(4))))
print("".join(reversed(list(letters()))))
