# `+` of tuples and lists: the result's type, the operand returned itself only for an exact
# tuple and an empty other side, refcounts of the items, and the errors of a wrong right side.
import sys


class T(tuple):
    pass


class L(list):
    pass


t = T((1, 2))
print(type(t + ()), type(() + t), (t + ()) is t, (() + t) is t, t + (3,), (0,) + t)
a = (1, 2)
print((a + ()) is a, (() + a) is a, a + (3,), (3,) + a, len(() + ()))
e = ()
print((e + e) is e, type(T() + T()), T() + T() == ())
lst = L([1])
print(type(lst + [2]), type([2] + lst), lst + [2], [2] + lst, [] + [], type([] + L()))
s = "concat-item"
base = sys.getrefcount(s)
pair = (s, s)
longer = pair + pair + (s,)
joined = [s] + [s, s]
print(sys.getrefcount(s) - base, len(longer), len(joined))
del pair, longer, joined
print(sys.getrefcount(s) - base)
for left, right in [((1,), [2]), ([1], (2,)), ((1,), "x"), ([1], "x"), ((), None)]:
    try:
        left + right
    except TypeError as exc:
        print(type(left).__name__, type(right).__name__, exc)
x = [1, 2]
x += (3,)
y = (1,)
y += (2,)
print(x, y)
