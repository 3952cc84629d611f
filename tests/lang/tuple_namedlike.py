# tuples as records: sorting, grouping, unpacking
people = [('ann', 31, 'nyc'), ('bob', 25, 'sf'), ('cat', 31, 'la'), ('dan', 19, 'sf')]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(max(people, key=lambda p: p[1])[0], min(people, key=lambda p: p[1])[0])
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items()))
ages = tuple(p[1] for p in people)
print(ages, sum(ages) / len(ages))
names, agel, cities = zip(*people)
print(names, agel, cities)
print(list(zip(names, agel)))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 2, 8])
print(lo, hi)
print(tuple(reversed(point)), point[::-1] == (4, 3))
swapped = [(b, a) for a, b in [(1, 2), (3, 4)]]
print(swapped)
