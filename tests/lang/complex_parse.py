# complex() from strings: every accepted shape and the rejected ones
good = ['1', '-1', '+1.5', '1j', '-1j', 'j', '+j', '-j', '1+1j', '1-1j', '-1.5+2.5j', '1e3j', '1E-3-2e+2j',
        ' 2+3j ', '(4-5j)', ' ( 6j ) ', 'inf', '-inf+infj', 'nan', 'nanj', '1_000+2_000j', '0.5J', '.5j', '5.j',
        'infinity', '-Infinity-nanj', '\t7\n']
bad = ['', ' ', 'x', '1+', '+', 'j1', '1 + 2j', '1+2', '(1+2j', '1+2j)', '()', '1jj', '1e', 'e1j', '--1', '1+-1j',
       '1_', '_1', '1__0', 'in f', '(1)+2j']
for s in good:
    c = complex(s)
    print(repr(s), '->', c)
for s in bad:
    try:
        complex(s)
        print(repr(s), 'accepted')
    except ValueError:
        print(repr(s), 'ValueError')
for args in [(1, 2), (1.5, -2), ('3',), (True, False), (1j, 2), (1, 2j), (1j, 1j), (0.0, -0.0), (-0.0,), ()]:
    print(args, complex(*args))
for bad_args in [('1', 2), (1, '2'), (None,), ([],)]:
    try:
        complex(*bad_args)
    except TypeError:
        print(bad_args, 'TypeError')
print(complex(real=2, imag=3), complex(imag=1), complex(real=-1))
