# list.sort stability, key, reverse
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
s = sorted(recs, key=lambda r: r[1])
s.sort(key=lambda r: r[0])
print(s)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
n = [5, -3, 2, -8, 0, 7]
n.sort(key=abs)
print(n)
n.sort(reverse=True)
print(n)
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
print(sorted([]), sorted([1]), sorted([2, 1], key=None))
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError')
data = list(range(50))
data.sort(key=lambda x: x % 7)
print(data)
eq = [(1, 'first'), (1, 'second'), (0, 'zero'), (1, 'third')]
eq.sort(key=lambda t: t[0], reverse=True)
print(eq)
print(sorted([0.5, -1, 3, 2.25, True]))
