class P:
    def __init__(self):
        self.x, self.y = 3, [10, 20]
        self.d = {"k": "v", 1: "one"}
p = P()
print("{0.x} {0.y[1]} {0.d[k]} {0.d[1]}".format(p))
print("{p.x!r:>5}|{p.y!s:^12}|".format(p=p))
print("{:n} {:n} {:n}".format(1234567, 1234.5, 0.000012345))
print(format(1e21, "n"), format(123456789, "_d"), format(0.1, ".20f"), format(1 / 7, ".17g"), format(2 ** 0.5, "r") if False else "")
print("%5.2f%%" % 99.5, "%i" % 3.9, "%d" % True, "%s %s" % ("a", "b"), "%(x)s-%(x)r" % {"x": "q"}, "%c%c" % ("a", 98))
for bad in ['"%d" % "x"', '"%s %s" % ("a",)', '"%s" % ("a", "b")', '"{0} {1}".format(1)', '"{x}".format(y=1)', '"{:d}".format(1.5)', '"{:s}".format(1)', 'format(1, "z")', '"{".format(1)', '"}".format(1)', '"{0:{1}}".format(1, "<<")', '"%z" % 1', 'f"{1:,d}" + "{:,s}".format("x")', '"{:=}".format("s")', '"{:+}".format("s")', '"{:#}".format(1.5j)', 'format(1.5, "c")', '"%(a)s" % 1', '"%*d" % (5, 3)', 'format(10**400, "e")', 'format(float("nan"), "08.2f")', 'format(-0.0, "+g")']:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(f"{'x':*<{3 + 2}}", f"{3.14159:.{2}f}", f"{12345:{','}}", f"{'a' 'b'}", f"{7:{'0'}{'3'}}")
print("Name".ljust(10, "·") + "|", "%-8s|%8s|" % ("ab", "cd"), "{:<8}|{:>8}|{:^8}|".format(1.5, -2, "mid"))
print(str(3.0), str(1e16), str(1.5e-7), repr(1e15), repr(123456789012345678.0), str(0.30000000000000004), 1e22, 1e21, float(10**21))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-2.5), round(1e300, -299), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(int("١٢٣"), float("٣.٥"), "٣".isdigit(), "½".isnumeric(), "½".isdigit(), "Ⅻ".isnumeric(), int("  -0  "), float("-inf"), float("  NaN "))
print(1_000.5, 0x_ff, 0o_17, 0b_1010, 1e1_0, 10 ** -2, 2 ** -1, (-8) ** (1 / 3), pow(-8, 1 / 3), 0 ** 0, 0.0 ** 0)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2, divmod(7.5, -2), 2 ** 0.5, 10 / 4 * 4)
print(max(1, 2.0), max(2.0, 2), min([3, 1.0, 1]), sum([1, 2.5]), sum(range(101)), abs(-0.0), -0.0 == 0.0, 1 == 1.0 == True)
print(str(True + True), True * 3, int(True), bool("False"), bool(0.0), bool([[]]), None is None, not None)
print([1, 2] * 2, "ab" * 3, [[0] * 2] * 2, (1,) * 3, "-" * 0, [] * 5)
print(repr(1.0), repr(-1.5e-10), repr(float("inf")), 1.0.is_integer(), (0.1).as_integer_ratio(), float.fromhex("0x1.8p1"), (1.5).hex(),  (2.5).__round__())
