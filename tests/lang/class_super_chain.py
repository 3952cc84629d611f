# super() through several levels, super in other methods
class Base:
    def __init__(self):
        self.log = ["Base"]
    def describe(self):
        return "Base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def describe(self):
        return "Mid<" + super().describe() + ">"
class Top(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Top")
    def describe(self):
        return "Top<" + super().describe() + ">"
t = Top()
print(t.log, t.describe())
class NoInit(Mid):
    pass
n = NoInit()
print(n.log, n.describe())
class Explicit(Base):
    def __init__(self):
        Base.__init__(self)
        self.log.append("Explicit")
print(Explicit().log)
