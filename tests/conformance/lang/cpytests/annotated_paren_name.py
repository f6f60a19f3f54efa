# A parenthesised annotated name without a value, `(x): int`, binds nothing: in a
# function the name stays global (NameError, not UnboundLocalError); never in __annotations__.
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except NameError as e:
    print(type(e).__name__, e)
(x): int
y: str
(z): float = 3.0
print(__annotations__, z)
class C:
    (a): int
    b: int = 2
    (c): int = 5
print(C.__annotations__, C.c)
def f():
    (v): undefined_name_not_evaluated
    (w): int = 1
    print(w)
    return v
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    (q): int
    q = 1
    return q
print(g())
