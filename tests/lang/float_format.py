# float formatting with % and format
x = 3.14159265
print("%f" % x, "%.2f" % x, "%8.3f|" % x, "%-8.1f|" % x, "%.0f" % x)
print("%e" % x, "%.3e" % 12345.678, "%E" % 0.000123)
print("%g" % x, "%g" % 1e-5, "%g" % 123456789.0, "%g" % 100.0, "%.3g" % 2.0)
print("{:.2f}".format(x), "{:10.4f}|".format(x), "{:<10.1f}|".format(x), "{:>+8.2f}".format(x))
print("{:e}".format(1234.5), "{:.1e}".format(0.00012), "{:g}".format(0.5))
print("{:.1%}".format(0.256), "{:%}".format(0.5))
print("{:08.2f}".format(-3.5), "{:^9.2f}|".format(2.5))
print("%.2f" % 2.675, "%.1f" % 0.25, "%.1f" % 0.35)
print(format(1.5, ".3f"), format(2.0, "g"), format(1e100, "g"))
print("%.2f %.2f" % (1e10, -0.004))
print("{}".format(0.1), "{}".format(1e22), str(1.0))
