# Classes derived from enumerate, zip, map, filter and reversed: instances of the class,
# with their own attributes, __next__ overrides through super(), and cycles collected.
import gc
import sys
import weakref


class Numbered(enumerate):
    def __init__(self, iterable, start=0):
        self.start = start


e = Numbered("xy", 1)
print(type(e).__name__, isinstance(e, enumerate), e.start, list(e))


class Pairs(zip):
    def __init__(self, *iterables):
        self.width = len(iterables)


z = Pairs("ab", "cd", "ef")
print(z.width, list(z), sorted(z.__dict__))


class Tagged(map):
    def __next__(self):
        return "tag:" + super().__next__()


print(list(Tagged(str, [1, 2, 3])))


class Truthy(filter):
    pass


print(list(Truthy(None, [0, 1, "", "a"])), iter(Truthy(None, [])).__class__.__name__)


class Backwards(reversed):
    pass


print(list(Backwards("abc")), list(Backwards(range(3))), type(Backwards([1])).__name__)


class Custom(list):
    def __reversed__(self):
        return iter(["custom"])


print(list(reversed(Custom([1, 2]))), list(Backwards(Custom([1, 2]))))
print(sys.getsizeof(Numbered("a")) - sys.getsizeof(enumerate("a")))
print(sys.getsizeof(Tagged(str, [])) - sys.getsizeof(map(str, [])))

gc.collect()
e = Numbered("ab")
e.me = e
del e
print("cycle", gc.collect())

print(enumerate.__new__(enumerate, "ab").__class__.__name__, list(enumerate.__new__(Numbered, "ab")))
for bad in (int, 5):
    try:
        enumerate.__new__(bad, "a")
    except TypeError as exc:
        print(exc)


class Slotted(zip):
    __slots__ = ("a",)


w = Slotted([1])
w.a = 5
print(w.a, list(w), hasattr(w, "__dict__"))
r = weakref.ref(Numbered("q"))
print(r())
print([x for x in Numbered("ab", 5)], dict(Pairs("ab", [1, 2])))
