t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
cases = [lambda: next([1]), lambda: 5(), lambda: "a"(), lambda: None[0], lambda: 5[0], lambda: {1: 2}[[1]], lambda: len(5), lambda: iter(5),
         lambda: [a for a in 5], lambda: (lambda: [*5])(), lambda: dict(5), lambda: {**[1]}, lambda: [1] < "a", lambda: 1 < None, lambda: "a" * "b",
         lambda: [1] * 2.0, lambda: "a" + 1, lambda: 1 + "a", lambda: -"a", lambda: ~1.5, lambda: abs("x"), lambda: int([1]), lambda: float("x"), lambda: float([]),
         lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: min(1, "a"), lambda: "%d" % [], lambda: "{:d}".format("x"), lambda: range("a"), lambda: [1, 2][1.0],
         lambda: "abc"["a"], lambda: (1, 2)[5], lambda: [][0], lambda: "x"[9], lambda: {}.x, lambda: del_item(), lambda: hash([]), lambda: set([[1]]),
         lambda: frozenset([{}]), lambda: {[]: 1}, lambda: 1 in 5, lambda: "a" in [1, "a"] and 1 in "abc", lambda: None + None, lambda: [].sort(key=1) if False else sorted([2, 1], key=1),
         lambda: isinstance(1, 1), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: round("a"), lambda: chr("a"), lambda: type(5)(5, 6, 7),
         lambda: list.append(5, 1), lambda: str.upper(5), lambda: int.__add__("a", 1), lambda: object.__setattr__(5, "x", 1), lambda: setattr(5, "x", 1)]
def del_item():
    x = (1, 2)
    del x[0]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
def unpack():
    a, b = 5
unpack()
