# subclasses of built-in containers keep their identity through in-place ops
class MyList(list):
    def total(self):
        return sum(self)


l = MyList([1, 2])
l += [3]
print(type(l).__name__, l.total(), len(l), l[0], l[-1])
l.append(10)
print(l.total(), sorted(l, reverse=True))


class D(dict):
    def get2(self, k):
        return self.get(k, 0) * 2


d = D(a=1)
d["b"] = 5
print(type(d).__name__, d.get2("b"), d.get2("zz"), sorted(d.items()))
