# The objects the str methods allocate as gc and sys see them: one tracked list or tuple,
# references to the receiver and separator where CPython keeps them, list sizes.
import gc
import sys

gc.disable()
t = "alpha beta gamma"
sep = " "
for label, f in [("split", lambda: t.split()), ("split sep", lambda: t.split(sep)), ("rsplit", lambda: t.rsplit(None, 1)),
                 ("splitlines", lambda: t.splitlines()), ("partition", lambda: t.partition(sep)),
                 ("rpartition miss", lambda: t.rpartition("#")), ("strip", lambda: t.strip()),
                 ("replace", lambda: t.replace("a", "b")), ("find", lambda: t.find("a"))]:
    before = gc.get_count()[0]
    r = f()
    print(label, gc.get_count()[0] - before, type(r).__name__)
    del r
word = "unsplittable" * 2
base = sys.getrefcount(word)
parts = word.split()
print(sys.getrefcount(word) - base, parts[0] is word)
whole = word.partition("#")
print(sys.getrefcount(word) - base)
del parts, whole
print(sys.getrefcount(word) - base)
base = sys.getrefcount(sep)
p = t.partition(sep)
print(sys.getrefcount(sep) - base, p[1] is sep)
del p
print(sys.getrefcount(sep) - base)
print(sys.getsizeof("a b".split()), sys.getsizeof("a b".split(None, 1)), sys.getsizeof("a\nb".splitlines()),
      sys.getsizeof(("x " * 20).split()), sys.getsizeof("a b".split(" ", 30)))
