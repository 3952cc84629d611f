# bench: %-format, str.format, f-strings with specs, str.join
def main():
    total = 0
    names = ["sensor%d" % i for i in range(12)]
    for rep in range(9000):
        rows = []
        for i, name in enumerate(names):
            v = i * 37 + rep
            rows.append("%-10s|%6d|%04x|%s" % (name, v, v & 0xffff, "ok" if v & 1 else "--"))
            rows.append("{:>12}:{:<6}{:^8}|{:+d}".format(name, v, i, v - 500))
            rows.append(f"{name}={v:08d} {i:>3} {v % 97:x} {name!r}")
            rows.append("{0}/{1}/{0}".format(i, name))
            rows.append("%s-%r-%5.1f%%" % (name, i, v / 3.0))
            rows.append(f"{v / 7:.3f}|{v:,}|{i * 1.5:g}")
        text = "\n".join(rows)
        total += len(text)
        total += len(", ".join(str(i) for i in range(40)))
        total += len("".join(["ab", "cd", "ef"] * 20))
        d = {"name": names[rep % 12], "val": rep}
        total += len("%(name)s:%(val)d" % d)
        total += len("{name}:{val}".format(**d))
    print("formatting", total)

main()
