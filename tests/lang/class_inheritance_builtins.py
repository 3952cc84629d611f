# subclassing builtin types
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list))
print(m + [5], type(m + [5]).__name__, m[1:3], type(m[1:3]).__name__)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
d = MyDict(a=1)
print(d['a'], d['zz'], d.get('zz'), len(d))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hey')
print(s, s.shout(), s + 'x', type(s + 'x').__name__, len(s), s == 'hey')
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple((9, 8))
print(t, t.first(), t + (1,), isinstance(t, tuple))
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
i = MyInt(7)
print(repr(i), i + 1, i * 2, str(int(i)))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), st.pop(), st)
class E(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise E(42)
except Exception as e:
    print(type(e).__name__, e.code, e.args)
