# exceptions used for control flow in loops
def parse_all(items):
    good = []
    bad = 0
    for s in items:
        try:
            good.append(int(s))
        except ValueError:
            bad += 1
            continue
        finally:
            pass
    return good, bad
print(parse_all(["1", "x", "3", "", "-4", "5.5"]))
d = {"a": 1}
hits = 0
misses = 0
for k in "abab" * 50:
    try:
        hits += d[k]
    except KeyError:
        misses += 1
print(hits, misses)
total = 0
for i in range(1000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        total += i
    except ValueError as e:
        total -= e.args[0]
print(total)
