# a small data-structure class: linked list
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev
ll = LinkedList()
for i in range(5):
    ll.push(i)
print(ll, len(ll))
ll.reverse()
print(ll, ll.pop(), len(ll))
while len(ll):
    ll.pop()
try:
    ll.pop()
except IndexError as e:
    print("IndexError", e.args)
