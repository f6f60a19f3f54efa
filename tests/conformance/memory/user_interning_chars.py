# One-character strs: chr() and indexing give the latin-1 singletons; a literal is interned,
# and for a few letters CPython 3.11's interned str is not the singleton (its deep-frozen
# startup modules interned their own). Subscripts of constants are folded at compile time.
import sys
letters = [chr(i) for i in range(32, 127)]
print("".join(c for c in letters if sys.intern(c) is not c))
print(chr(97) is chr(97), chr(103) is chr(103), "abc"[0] is "abc"[0])
a = "a"
g = "g"
print(a is chr(97), g is chr(103), a is sys.intern(chr(97)), g is sys.intern("g"))
print("ab"[0] is a, "xg"[1] is g, "ab"[0] is "ab"[:1])
d = {"a": 1, "z": 2}
print([k is chr(ord(k)) for k in d], [k is sys.intern(k) for k in d])
class C:
    a = 1
    q = 2
print([n for n in vars(C) if len(n) == 1 and n is not chr(ord(n))])
print(getattr(C, chr(97)), hash("a") == hash(chr(97)), "a" == chr(97), {chr(97): 5}["a"])
def f():
    return "hello"[1], (1, 2, 3)[-1], b"xyz"[0], ((1, 2), 3)[0], "a\U0001F600b"[1]
print(f(), f.__code__.co_consts)
t = "s" + "t"
print(t is "st", sys.intern(t) is t)
for s in ["B", "C", "L", "S", "T", "_", "e", "m", "x", "y", "z", "A", "Z", "0", "+"]:
    print(s, s is chr(ord(s)), end="; ")
print()
