# a small expression tokenizer + recursive-descent evaluator
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            toks.append(('num', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(('name', s[i:j]))
            i = j
        else:
            toks.append(('op', c))
            i += 1
    return toks
class Parser:
    def __init__(self, toks, env):
        self.t, self.i, self.env = toks, 0, env
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else ('end', None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (('op', '*'), ('op', '/'), ('op', '%')):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else (v / r if op == '/' else v % r)
        return v
    def factor(self):
        kind, val = self.take()
        if kind == 'num':
            base = val
        elif kind == 'name':
            base = self.env[val]
        elif val == '-':
            return -self.factor()
        elif val == '(':
            base = self.expr()
            self.take()
        else:
            raise SyntaxError('unexpected %r' % (val,))
        if self.peek() == ('op', '^'):
            self.take()
            return base ** self.factor()
        return base
def calc(s, **env):
    try:
        return Parser(tokenize(s), env).expr()
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        return type(e).__name__
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 + 10 % 3', '7 / 2', 'x * y + 1', '1 / 0', 'q + 1', '3 * )', '2.5 * 4', '((((5))))']:
    print(e, '=>', calc(e, x=6, y=7))
