# more %-formatting: objects, signs, widths, bigints
class T:
    def __str__(self):
        return "T-str"
    def __repr__(self):
        return "T-repr"
t = T()
print("%s %r" % (t, t), "%s" % [t], "%10s|%-10r|" % (t, t))
print("%+5d|%-+5d|% d|%05.1f|%+.2e" % (7, 7, 7, -2.25, 12345.678))
print("%x %X %o" % (-255, 3054, -8), "%#x %#o" % (255, 8))
print("%d %s %x" % (2 ** 70, -(3 ** 40), 2 ** 65))
print("%c%c%c" % (72, 105, 33), "%5.1f%%" % 99.44)
print("%s|%s|%s" % (True, None, 1.5e300), "%d" % True, "%.3f" % 2)
print("%(a)s-%(b)05d-%(a)r" % {"a": "x", "b": 42})
print("%s" % "%d", "%%s" % ())
