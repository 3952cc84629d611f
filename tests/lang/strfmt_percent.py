# printf-style % formatting
print("%s and %s" % ("a", "b"))
print("%d items" % 5, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42, "%+d" % 3)
print("%s" % [1, 2], "%r" % "q", "%s" % None, "%s" % 1.5)
print("%x %X %o %c" % (255, 255, 8, 65), "%c" % "z")
print("%%d literally", "100%%" % ())
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % (1,), "%s %s" % (1, 2))
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError")
