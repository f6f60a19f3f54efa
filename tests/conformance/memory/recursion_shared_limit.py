# The recursion limit counts container reprs and comparisons too: a list nested deeper than
# sys.getrecursionlimit() cannot be printed or compared, and lowering the limit lowers the
# nesting that can.
import json
import sys


def nested_list(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


def nested_dict(depth):
    d = {}
    for _ in range(depth):
        d = {"a": d}
    return d


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError:", e)


sys.setrecursionlimit(200)
deep = nested_list(300)
shallow = nested_list(100)
attempt("repr deep list", lambda: repr(deep))
attempt("repr shallow list", lambda: repr(shallow))
attempt("str deep dict", lambda: str(nested_dict(300)))
attempt("compare deep lists", lambda: deep == nested_list(300))
attempt("compare shallow lists", lambda: shallow == nested_list(100))
attempt("json deep", lambda: json.dumps(deep))
attempt("json shallow", lambda: json.dumps(shallow))


def recurse_then_repr(n):
    if n == 0:
        return repr(shallow)
    return recurse_then_repr(n - 1)


attempt("repr of 100 levels under 50 frames", lambda: recurse_then_repr(50))
attempt("repr of 100 levels under 150 frames", lambda: recurse_then_repr(150))
sys.setrecursionlimit(1000)
attempt("repr deep list, limit 1000", lambda: len(repr(deep)))
attempt("100,000 levels", lambda: repr(nested_list(100_000)))
tuples = ()
for _ in range(100_000):
    tuples = (tuples,)
attempt("tuple compare", lambda: tuples == tuples[0])
