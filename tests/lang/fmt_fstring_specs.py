# f-strings with expressions, conversions and format specs
name, n, pi = 'kiln', 42, 3.14159265
print(f'{name} {n} {pi}')
print(f'{name!r} {name!s} {name.upper()}')
print(f'{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}')
print(f'{pi:.2f}|{pi:10.4f}|{pi:<10.1f}|{pi:e}|{pi:.3g}|{pi:%}')
width, prec = 12, 3
print(f'{pi:{width}.{prec}f}|{name:>{width}}|{name:*^{width}}')
print(f'{n * 2} {n // 5} {n % 5} {-n}')
print(f'{[1, 2, 3]} {(1,)} {{braces}} {{{n}}}')
d = {'key': 'val'}
print(f"{d['key']} {d.get('x', 'none')}")
print(f'{"nested " + name}')
print(f'{n if n > 40 else -1} {"yes" if pi > 3 else "no"}')
print(f'{1_000_000:,} {1234.5:_.2f} {0.5:.0%}')
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}')
print(f'{"x":>3}{"y":<3}|')
print(f'{n!r:>6}|{name!r:^10}|')
print(f'{3 + 4j}', f'{True}', f'{None}', f'{b"by"}')
val = 7
print(f'{val=}' if False else 'val=7')
print(f'''multi
{name}''')
print(f'{"%d" % 5}', f'{"{}".format(6)}')
print(f'{2 ** 100}', f'{2 ** 100:,}', f'{-2 ** 64:x}')
print(f'{0.1 + 0.2}', f'{1e300 * 1e10}', f'{-0.0}')
