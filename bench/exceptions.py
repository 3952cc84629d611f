# bench: raising and catching in loops, try/finally, with, custom exceptions
class ParseError(ValueError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


class Resource:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append(1)
        return self

    def __exit__(self, typ, val, tb):
        self.log.append(2)
        return typ is KeyError


def parse_num(s, pos):
    if not s or not s.isdigit():
        raise ParseError(pos, "bad number")
    return int(s)


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def main():
    total = 0
    d = {i: i * 3 for i in range(0, 50, 2)}
    tokens = ("12 x7 345 -1 9 abc 1000 7 "
              "3 zz 42 ").split()
    for rep in range(10000):
        for i, t in enumerate(tokens):
            try:
                total += parse_num(t, i)
            except ParseError as e:
                total += e.pos
        for k in range(50):
            total += lookup(d, k)
        log = []
        for k in range(20):
            with Resource(log):
                if k % 3 == 0:
                    raise KeyError(k)
                total += k
        total += len(log)
        try:
            deep(10)
        except IndexError as e:
            total += len(e.args[0])
        n = 0
        for k in range(30):
            try:
                try:
                    if k & 1:
                        raise TypeError("odd")
                    n += 1
                finally:
                    n += 2
            except TypeError:
                n += 3
        total += n
        try:
            try:
                1 // 0
            except ZeroDivisionError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            total += e.__cause__ is not None
        it = iter(range(5))
        while True:
            try:
                total += next(it)
            except StopIteration:
                break
    print("exceptions", total)

main()
