# with statement inside recursion and nested returns
class Counter:
    depth = 0
    def __enter__(self):
        Counter.depth += 1
        return Counter.depth
    def __exit__(self, et, ev, tb):
        Counter.depth -= 1
def nest(n):
    if n == 0:
        return Counter.depth
    with Counter() as d:
        return nest(n - 1)
print(nest(5), Counter.depth)
with Counter() as d1:
    with Counter() as d2:
        print(d1, d2)
print(Counter.depth)
