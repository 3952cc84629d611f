# building text with io.StringIO and reading it back line by line
import io
out = io.StringIO()
for i in range(5):
    out.write('line %d: %s\n' % (i, '*' * i))
text = out.getvalue()
print(len(text), text.count('\n'))
inp = io.StringIO(text)
print(repr(inp.readline()))
print(repr(inp.read(7)))
rest = inp.readlines()
print(len(rest), rest[-1])
inp.seek(0)
print([l.rstrip() for l in inp][:2])
inp.seek(0)
print(repr(inp.read()[:10]), repr(inp.read()))
s = io.StringIO('abc')
s.seek(0, 2) if True else None
s.write('def')
print(s.getvalue())
s.seek(1)
s.write('X')
print(s.getvalue(), s.tell())
csv = io.StringIO('a,b\n1,2\n3,4\n')
header = csv.readline().strip().split(',')
rows = [dict(zip(header, l.strip().split(','))) for l in csv]
print(rows)
