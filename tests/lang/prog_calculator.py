# a recursive-descent expression evaluator (tokenizer + parser + errors)
class ParseError(Exception):
    pass

def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(("num", int(s[i:j])))
            i = j
        elif c in "+-*/%()^":
            toks.append(("op", c))
            i += 1
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        else:
            raise ParseError("bad char", c, i)
    toks.append(("end", None))
    return toks

class Parser:
    def __init__(self, text, env):
        self.toks = tokenize(text)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, op):
        t = self.take()
        if t != ("op", op):
            raise ParseError("expected", op, t[1])

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.power()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.power()
            if op == "*":
                v *= r
            elif op == "/":
                v //= r
            else:
                v %= r
        return v

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.env:
                raise ParseError("unknown name", val)
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError("unexpected", val)

def evaluate(text, env={}):
    p = Parser(text, env)
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError("trailing", p.peek()[1])
    return v

env = {"x": 7, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-3 ^ 2", "100 / 7 % 4", "x * x - 1",
            "big * big + 1", "2 ^ 100", "((((5))))", "1 +", "3 $ 4", "y + 1", "(1 + 2", "7 / 0", "1 2"]:
    try:
        print(src, "=", evaluate(src, env))
    except ParseError as e:
        print(src, "-> ParseError", e.args)
    except ZeroDivisionError:
        print(src, "-> ZeroDivisionError")
