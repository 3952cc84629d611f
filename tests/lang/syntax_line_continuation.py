# implicit and explicit line joining, comments in odd places
total = (1 +
         2 +  # comment inside parens
         3)
print(total)
items = [
    'a',
    'b',   # trailing comma below
]
print(items)
d = {
    'k': 1,
    'j': 2,
}
print(d)
x = 1 + \
    2 + \
    3
print(x)
def f(a,
      b=2,
      *args,
      **kw):
    return a + b
print(f(1,
        5))
s = ('implicit '
     'string '
     'concat')
print(s)
if (x > 1 and
        total > 1):
    print('multi-line condition')
print([i
       for i in range(3)
       if i])
r = f(
    10,
)
print(r)
t = (
    1,
)
print(t)
print(len("""one
two
three"""))
