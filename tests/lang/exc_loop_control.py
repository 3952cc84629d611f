# exceptions inside loops with continue/break and retries
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        n = int(v)
    except ValueError:
        results.append('bad')
        continue
    if n > 4:
        break
    results.append(n)
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry') if 'ConnectionError' in dir(__import__('builtins')) else OSError('retry')
        print('succeeded after', attempts)
        break
    except OSError:
        print('attempt', attempts, 'failed')
def first_valid(xs):
    for x in xs:
        try:
            return 100 // x
        except ZeroDivisionError:
            continue
        finally:
            print('checked', x)
    return None
print(first_valid([0, 0, 5, 2]))
errors = {}
for i in range(6):
    try:
        [1, 2][i % 3]
        {}[i] if i == 4 else None
    except LookupError as e:
        errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
print(sorted(errors.items()))
