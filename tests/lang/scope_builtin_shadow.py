# shadowing builtins locally and globally
def use_len(x):
    len = lambda v: 'shadowed'
    return len(x)
print(use_len([1, 2]), len([1, 2]))
def restore():
    return len('abc')
print(restore())
list = 'not a list'
print(list)
del list
print(list('ab'))
def f():
    max = min
    return max(3, 1, 2)
print(f())
import builtins
print(builtins.abs(-4))
def p(*a):
    return 'custom print'
def call_custom():
    print = p
    return print('x')
print(call_custom())
def param_shadow(str):
    return str * 2
print(param_shadow(4), str(4))
class K:
    def sum(self, a):
        return 'method'
    def total(self, a):
        return sum(a)
print(K().sum([1]), K().total([1, 2]))
for id in range(2):
    pass
print(id)
del id
print(callable(id))
