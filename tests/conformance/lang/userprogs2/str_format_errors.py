class C:
    x = property()
    @property
    def y(self): return 1
    s = staticmethod(len)
try:
    C().x
except AttributeError as e:
    print(e)
try:
    C().y = 2
except AttributeError as e:
    print(e)
try:
    del C().y
except AttributeError as e:
    print(e)
print(C.s("abc"), C.__dict__["s"]("ab"))
for f in ["{0!x}", "{", "}", "{0:{1:{2}}}", "{0[}", "{0.}", "{!}", "{:", "{0!r:>{1}}", "{a.b[c]}", "x}}y{{", "{0}{}", "{}{0}", "{[0]}"]:
    try:
        print(repr(f.format("v", 5, 3, a=1)))
    except Exception as e:
        print(f, type(e).__name__, e)
for f, a in [("%z", 1), ("%(a)s", (1,)), ("%(a)s %s", {"a": 1}), ("%", ()), ("%s %", (1,)), ("%(a", {}), ("%.*f", (1,)), ("%c", ()), ("%s", ()), ("%s", {}), ("%d", {"a": 1}), ("%s%s", [1, 2]), ("abc", 5), ("abc", ()), ("abc", {}), ("abc", [])]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(f, type(e).__name__, e)
