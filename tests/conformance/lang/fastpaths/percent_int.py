# '%d' % an exact int that fits a JS number takes a short path: every flag, width, subclass
# and out-of-range value must format as before.
for fmt in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%3i|"]:
    print(fmt, [fmt % v for v in (0, 7, -7, 2**31, -2**53, 2**53 + 1, 10**20, True)])
class I(int):
    def __str__(self): return "I-str"
    def __repr__(self): return "I-repr"
print("%d %s %r" % (I(5), I(5), I(5)), b"%d|%5d" % (12, -3), "%d" % 3.9, "%*d|" % (4, 2))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
