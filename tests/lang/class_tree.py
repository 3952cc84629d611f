# binary search tree
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            if k < n[0]:
                if n[1] is None:
                    n[1] = [k, None, None]
                    return
                n = n[1]
            else:
                if n[2] is None:
                    n[2] = [k, None, None]
                    return
                n = n[2]
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1])
                out.append(n[0])
                walk(n[2])
        walk(self.root)
        return out
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n[1]), self.height(n[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height())
