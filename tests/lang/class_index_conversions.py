class I:
    def __index__(self): return 3
for e in ['int(I())', '"ab"[I():]', 'operator_index' , 'pow(2, I())', '[1,2,3,4].pop(I())', 'chr(65 + I())', 'format(I(), "x") if False else hex(I())', '"x" * I()', '(1,2,3,4)[I()]', 'list(range(10))[I():I()+2]', 'bin(I())', 'int.to_bytes(1, I(), "big")', '"abcdef".index("d", I())', 'isinstance(I(), int)', 'divmod(7, 2)', 'abs(-I().__index__())', 'complex(I())', 'float(I())']:
    try: print(e, '->', repr(eval(e)))
    except Exception as x: print(e, '->', type(x).__name__)
