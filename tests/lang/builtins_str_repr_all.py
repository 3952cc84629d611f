# str() and repr() of builtin values
vals = [0, -1, 2 ** 64, 1.0, -0.5, 1e-10, 1e22, float('inf'), 'plain', "it's", 'say "hi"', 'both \' "',
        'tab\tnl\nnull\x00', 'é', b'bytes', b"q'", bytearray(b'ba'), [1, 'x'], (1,), (), {'k': [1]}, set(), frozenset(),
        None, True, False, range(3), range(1, 10, 2), slice(1, 2), 3j, 1 + 2j, -1.5j, Ellipsis]
for v in vals:
    print(str(v), '|', repr(v))
print(repr('\\'), repr('\r'), repr('\x7f'), repr('\x1b'), repr('\u200b') if False else '')
print(str(object).startswith("<class 'object'>"), repr(int), repr(ValueError))
