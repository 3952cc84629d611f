# f-string corner cases that are valid in Python 3.11
x, y = 3, 'str'
print(f'{x}{y}{x}')
print(f'{x!r:>{x}}|')
print(f"{'a' 'b'}")
print(f'{x:{"<" if x > 2 else ">"}5}|')
print(f'{{{x}}}', f'{{}}', f'{{x}}')
print(f'{[x for x in range(3)]}')
print(f'{ x }', f'{x :>4}|' if True else '')
print(f'{(lambda v: v * 2)(x)}')
print(f'{x if x else y}', f'{x, y}')
d = {'k': 1}
print(f"{d['k']}", f'{d["k"]:04}')
print(f'{3.0:g}', f'{1e-3:.1e}', f'{100:#x}', f'{-5:+}')
print(f'{"nested {}".format(x)}')
print(f'{x}' f'{y}' 'plain' f'{x * 2}')
print(f'result: {sum([1, 2, 3]):>5}')
print(f'{str(x).zfill(4)}', f'{y.upper()!r}', f'{len(y)=}' if False else 'len(y)=3')
print(f'{x:{"0"}{5}}', f'{x:0{5}}')
class W:
    def __format__(self, spec):
        return '<' + spec + '>'
print(f'{W():abc}', f'{W()}', f'{W():{x}d}')
print(rf'\n{x}', fr'\t{y}')
