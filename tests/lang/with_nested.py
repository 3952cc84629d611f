# nested with, multiple managers in one statement
log = []
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("open " + self.n)
        return self
    def __exit__(self, *a):
        log.append("close " + self.n)
with Res("a") as a, Res("b") as b:
    log.append("use " + a.n + b.n)
print(log)
log.clear()
with Res("outer"):
    with Res("inner"):
        log.append("body")
print(log)
log.clear()
try:
    with Res("x"), Res("y"):
        raise KeyError
except KeyError:
    log.append("caught")
print(log)
