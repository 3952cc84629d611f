# kiln-exit: 1
# traceback through recursive method calls; user exception with several args
class AppError(Exception):
    pass
class Svc:
    def run(self, n):
        if n > 2:
            raise AppError("too big", n)
        return self.run(n + 1)
print("start")
Svc().run(0)
print("never")
