# str.ljust/rjust/center/zfill: fills of every kind, odd margins, signs, subclasses, errors.
import sys
for t in ["", "a", "ab", "abc", "\xe9", "\u4e00x", "\U0001f600", "-5", "+", "-", "+-3", "x-1"]:
    for w in (-1, 0, 1, 2, 5, 6):
        for f in (" ", "*", "\xe9", "\u4e00", "\U0001f600"):
            r = (t.ljust(w, f), t.rjust(w, f), t.center(w, f))
            print(ascii(r), [sys.getsizeof(x) for x in r], end=" ")
        print(ascii(t.zfill(w)), sys.getsizeof(t.zfill(w)))
class S(str): pass
print([type(x).__name__ for x in (S("ab").ljust(1), S("ab").ljust(3), S("-1").zfill(1), S("-1").zfill(4))])
x = "same"; print(x.ljust(4) is x, x.center(2) is x, x.zfill(4) is x, "".ljust(1) is chr(32), "".zfill(1))
for bad in [lambda: "a".ljust(5, "ab"), lambda: "a".ljust(5, 1), lambda: "a".ljust(5, ""), lambda: "a".center(),
            lambda: "a".rjust(1.5), lambda: "a".zfill("3"), lambda: "a".zfill(), lambda: "a".ljust(5, fillchar="x"),
            lambda: "a".zfill(width=3), lambda: "a".center(3, "x", 1)]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
