# a generator-driven tokenizer feeding a state machine (no send/throw)
def chars(text):
    for c in text:
        yield c
    yield None
def words(text):
    buf = ""
    for c in chars(text):
        if c is not None and (c.isalpha() or c.isdigit() or c == "_"):
            buf += c
        else:
            if buf:
                yield buf
                buf = ""
            if c is not None and c in "{};=":
                yield c
class Machine:
    def __init__(self):
        self.state = "top"
        self.stack = []
        self.assignments = []
        self.pending = None
    def feed(self, tok):
        if tok == "{":
            self.stack.append(self.pending or "anon")
            self.pending = None
        elif tok == "}":
            if not self.stack:
                raise SyntaxError("unbalanced")
            self.stack.pop()
        elif tok == "=":
            self.state = "value"
        elif tok == ";":
            self.state = "top"
        elif self.state == "value":
            self.assignments.append((".".join(self.stack + [self.pending]), tok))
        else:
            self.pending = tok
src = "server { port = 8080; host = localhost; tls { on = yes; } } debug = no;"
m = Machine()
for t in words(src):
    m.feed(t)
for path, val in m.assignments:
    print(path, "=", val)
try:
    for t in words("a { b = 1; } }"):
        m.feed(t)
except SyntaxError as e:
    print("SyntaxError", e.args)
