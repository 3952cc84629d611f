# kiln-args: -X heapsize=64K
# runaway recursion raises RuntimeError (CPython: RecursionError, a subclass)
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError:
    print("RuntimeError caught")
def g(n):
    return 1 + g(n + 1)
for i in range(3):
    try:
        g(0)
    except RuntimeError:
        print("RuntimeError caught", i)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50))
class A:
    def m(self):
        return self.m()
try:
    A().m()
except RuntimeError:
    print("RuntimeError caught in method")
print("still running")
