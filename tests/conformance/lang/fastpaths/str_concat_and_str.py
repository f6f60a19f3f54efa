# str + str, str(x) of str, int, bool and subclasses, and += on strs.
class S(str):
    def __add__(self, other):
        return "S.__add__"
    def __radd__(self, other):
        return "S.__radd__"
    def __str__(self):
        return "S.__str__"

class T(str):
    pass

a = "ab" * 3
print(a + "cd", "" + a, a + "", type(T("x") + "y").__name__, T("x") + T("y"))
print(S("x") + "y", "y" + S("x"), str(S("q")), type(str(T("q"))).__name__, str(T("q")))
e = ""
t = T("t")
print(str(a) is a, str(e) is e, str(t) is t)
w = ""
for p in ["ka", "lo", "mi", "\u00e9", "\U0001f600", "z"]:
    w += p
print(w, len(w))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    x = "a"
    x += None
except TypeError as e:
    print(e)
print(str(0), str(-1), str(2**30), str(2**53 - 1), str(-2**53), str(10**30), str(False))
print(str(b"x"), str(1.5), str(None), str([1, "a"]))
