# re: many compiles, matches kept across collections, collection inside a repl
import re, gc

pats = [re.compile('(%d)+x' % i) for i in range(50)]
gc.collect()
print(sum(1 for i, p in enumerate(pats) if p.match(str(i) * 3 + 'x')))
ms = [re.search(r'(\w+)=(\d+)', 'k%d=%d' % (i, i * i)) for i in range(100)]
gc.collect()
print(ms[7].groups(), ms[99].span(2), len([m for m in ms if m]))
def f(m):
    gc.collect()
    junk = [str(i) for i in range(20)]
    return m.group().upper() + junk[3]
print(re.sub('[a-c]', f, 'abcdabcd'))
s = ''.join(chr(97 + i % 26) for i in range(2000))
print(len(re.findall('[aeiou]', s)), len(re.split('z', s)))
it = re.finditer(r'\d+', ' '.join(str(i) for i in range(200)))
gc.collect()
print(sum(int(m.group()) for m in it))
for i in range(200):
    re.match('(a|b)*c', 'ab' * 20 + 'c')
print('ok')
b = bytearray(b'abcabc')
print(re.findall(b'b', b), re.sub(b'c', b'C', b))
