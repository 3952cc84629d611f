# __hash__ returning an int outside the machine-word range must still give a usable hash
class H:
    def __hash__(self):
        return 2 ** 100
print(type(hash(H())).__name__, hash(H()) == hash(H()))
s = {H(), H()}
print(len(s))
class N:
    def __hash__(self):
        return -(2 ** 70) + 3
print(hash(N()) == hash(N()))
