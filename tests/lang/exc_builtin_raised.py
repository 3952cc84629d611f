# exceptions raised by builtin operations (type names only)
tests = [
    lambda: 1 // 0,
    lambda: 1.5 / 0,
    lambda: [][0],
    lambda: (1,)[5],
    lambda: "abc"[10],
    lambda: {}["missing"],
    lambda: int("x"),
    lambda: float("y"),
    lambda: 1 + "a",
    lambda: len(5),
    lambda: undefined_variable,
    lambda: (5).nope,
    lambda: [].pop(),
    lambda: next(iter([])),
    lambda: "a" * "b",
    lambda: [1, 2].index(3),
    lambda: {1}.remove(2),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: (lambda: None)()(),
    lambda: hash([]),
    lambda: int(None),
    lambda: "%d" % "s",
    lambda: range(1, 2, 0),
    lambda: list(5),
    lambda: sorted([1, None]),
    lambda: (1, 2) + [3],
    lambda: abs("x"),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no exception")
    except Exception as e:
        print(i, type(e).__name__)
