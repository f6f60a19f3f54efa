e = enumerate("ab")
print(hasattr(e, '__next__'), hasattr(e, '__iter__'), iter(e) is e)

g = (x for x in "ab")
print(g.__next__(), g.__iter__() is g, "abc".__iter__().__next__(), range(5).__len__(), range(5).__getitem__(2), range(3).__reversed__().__next__())
print({}.keys().__len__(), "ab".__contains__("a"), "abc".__len__(), b"ab".__iter__().__next__(), [1, 2].__reversed__().__next__(), object.__lt__(1, 2), (None).__bool__())
l = [1]; print(l.__iadd__([2]), l.__imul__(2), l)
d = {"a": 1}; print(d.__ior__({"b": 2}), set([1]).__ior__({2}), set().__ior__([1]))
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return super().__iter__()
    def __contains__(self, x):
        return super().__contains__(x)
    def __len__(self):
        return super().__len__() + 100
    def __reversed__(self):
        return super().__reversed__()
    def __iadd__(self, o):
        print("iadd")
        return super().__iadd__(o)
lst = L([1, 2])
print(list(lst), 2 in lst, len(lst), list(reversed(lst)))
lst += [3]
print(lst, type(lst).__name__)
class S(str):
    def __len__(self):
        return super().__len__() * 2
    def __contains__(self, x):
        return super().__contains__(x.lower())
    def __iter__(self):
        return super().__iter__()
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
s = S("hello")
print(len(s), "L" in s, list(s), s[1])
class D:
    def __dir__(self):
        return ["zeta", "alpha"] + [n for n in super().__dir__() if n == "__init__"]
print(dir(D()))
class Wrap:
    def __init__(self, items): self.items = items
    def __eq__(self, o): return NotImplemented
print(Wrap(1) == Wrap(1), object.__eq__(1, 1), object.__ne__(1, 2))

# hasattr checks people write to tell iterables and sequences apart.
for v in ("s", b"b", [1], (1,), {1: 2}, {1}, range(3), iter([]), (x for x in ()), 5, 2.5, None, enumerate([]), zip(), map(abs, []), reversed([1]), {}.keys(), {}.values(), {}.items()):
    print(type(v).__name__, hasattr(v, "__iter__"), hasattr(v, "__next__"), hasattr(v, "__len__"), hasattr(v, "__getitem__"), hasattr(v, "__contains__"), hasattr(v, "__reversed__"))
print(hasattr(1.5, "__and__"), hasattr("s", "__sub__"), hasattr([], "__radd__"), hasattr({}, "__add__"), hasattr(set(), "__add__"), hasattr(set(), "__sub__"))
