# The compiler folds operators on constants (within ast_opt's limits): one object per value.
import sys
a = -1000
b = -1000
print(a is b)
c = 2 ** 100
d = 2 ** 100
print(c is d, sys.getrefcount(c))
e = 2 ** 200
f = 2 ** 200
print(e is f)
s1 = "ab" * 3
s2 = "ab" * 3
print(s1 is s2, s1)
l1 = "x" * 5000
l2 = "x" * 5000
print(l1 is l2)
t1 = (1, 2) + (3,)
t2 = (1, 2, 3)
print(t1 is t2, t1)
print((1 << 10) is (1 << 10), ~5, -(-3), not 0, not "")
f1 = 1.5 * 2
f2 = 3.0
print(f1 is f2, 7 / 2, 7 // 2, -7 % 3, 2 ** -1)
print(True + True, True & False, 1 - True, 3 * True)
bb = b"ab" + b"cd"
print(bb, bb is b"abcd")
print(sys.getrefcount(-123456789))
