# dict_keys and dict_items set operators with class instances on either side: a set
# subclass, a Set ABC implementation, an iterable class, and a non-iterable one.
from collections.abc import Set


class CustomSet(set):
    def intersection(self, other):
        return CustomSet(super().intersection(other))


class Letters:
    def __iter__(self):
        return iter("abz")


class Opaque:
    pass


class ListSet(Set):
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __len__(self):
        return len(self.items)


d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 2}
k = d1.keys()
for other in (CustomSet(d2.keys()), Letters(), ListSet("bc"), ["a"], "ab"):
    for name, op in (("&", lambda x, y: x & y), ("|", lambda x, y: x | y),
                     ("-", lambda x, y: x - y), ("^", lambda x, y: x ^ y)):
        for left, right in ((k, other), (other, k)):
            try:
                r = op(left, right)
                print(type(left).__name__, name, type(right).__name__, type(r).__name__, sorted(r))
            except TypeError as exc:
                print(type(left).__name__, name, type(right).__name__, "TypeError", exc)
for left, right in ((k, Opaque()), (Opaque(), k), (d1.items(), Opaque())):
    try:
        print(left & right)
    except TypeError as exc:
        print("TypeError", exc)
print(sorted(d1.items() & CustomSet({("a", 1), ("b", 5)})), sorted(map(str, d1.items() | Letters())))
print(k == CustomSet("ab"), k <= CustomSet("abc"), k.isdisjoint(Letters()))
