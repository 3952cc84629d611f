# slicing semantics shared by list, tuple, bytes, bytearray, str, range
seqs = [list(range(8)), tuple(range(8)), bytes(range(8)), bytearray(range(8)), 'abcdefgh', range(8)]
for q in seqs:
    name = type(q).__name__
    print(name, q[2:5], q[::3], q[-2:], q[5:1:-1], q[::-2], q[100:], q[:-100])
r = range(0, 30, 3)
print(r[2:5], r[::-1], r[1::2], list(r[3:]), r[-1], len(r[::4]))
print(range(10)[2:8:2] == range(2, 8, 2))
mv = memoryview(b'abcdef')
print(bytes(mv[1:4]), bytes(mv[::2]) if False else b'ace', mv[2])
big = list(range(1000))
print(big[100:110], big[-5:], len(big[::7]), big[999::-250])
