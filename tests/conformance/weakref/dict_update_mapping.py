# WeakValueDictionary.update takes what dict() takes: an object with keys() and
# __getitem__ but no items() is turned into a dict first.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


keep = {"a": Obj(1), "b": Obj(2)}


class KeysOnly:
    def keys(self):
        return keep.keys()

    def __getitem__(self, k):
        return keep[k]


d = weakref.WeakValueDictionary()
d.update(KeysOnly())
print(sorted(d.items()))
d.update([("c", keep["a"])], z=keep["b"])
print(sorted(d.keys()))
try:
    d.update(42)
except TypeError as e:
    print("TypeError:", e)
