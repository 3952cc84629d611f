# heapq: nlargest / nsmallest (with key, ties in input order)
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1]
for n in (0, 1, 3, 9, 20, -1):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(2, iter(data)), heapq.nsmallest(2, (x * 2 for x in data)))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(2, words, len), heapq.nsmallest(4, words, key=None))
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 2)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(1, recs, key=lambda r: r[1]))
print(heapq.nlargest(3, []), heapq.nsmallest(3, {}), heapq.nsmallest(2, 'hello'))
print(heapq.nlargest(2, range(10)), heapq.nsmallest(2, range(10, 0, -1)))
