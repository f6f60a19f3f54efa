# `+` and `+=` on exact lists and tuples (the sq_concat fast path), self-concatenation,
# empty operands, identity of the results, subclasses and mixed types.
import sys

a = [1, 2]
b = [3]
c = a + b
print(c, c is a, a, b)
a += b
print(a, b)
a += a
print(a)
e = []
print(e + e, (e + e) is e, a + [] == a, ([] + a) is a)
t = (1, 2)
u = t + ()
print(u, u is t, (() + t) is t, t + t, (t + (3,)))
t += (9,)
print(t)
s = (1,)
s += s
print(s)


class L(list):
    def __add__(self, other):
        return "L.__add__"


class T(tuple):
    pass


print(L([1]) + [2], [2] + L([1]), type(T((1,)) + (2,)).__name__, (1,) + T((2,)))
x = [1]
y = L([5])
x += y
print(x, type(x).__name__)
for bad in [lambda: [1] + (2,), lambda: (1,) + [2], lambda: [1] + "a"]:
    try:
        bad()
    except TypeError as err:
        print(err)
z = [1, 2]
z += (3, 4)
z += range(2)
print(z)
big = list(range(1000))
r = big + big
print(len(r), r[999], r[1000], sys.getrefcount(big[500]) > 2)
