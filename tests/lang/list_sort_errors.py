# sort error handling and key behaviour
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError:
    print('ZeroDivisionError in key')
print(sorted(l))
try:
    [1, 'a', 2].sort()
except TypeError:
    print('TypeError mixed')
try:
    sorted([1, 2], key=5)
except TypeError:
    print('TypeError key not callable')
try:
    [].sort(1)
except TypeError:
    print('TypeError positional arg')
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([5, 3, 4], key=k), sorted(calls))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
print(sorted(['a', 'B', 'c'], key=str.lower), sorted(['a', 'B', 'c']))
x = [(1, [3]), (1, [2])]
print(sorted(x))
print(sorted([3, 1, 2], reverse=False), sorted([3, 1, 2], reverse=1))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError:
    print('TypeError no __lt__')
print(sorted([NoLt()]) != [], len(sorted([NoLt()] * 1)))
