import weakref, gc
gc.collect()
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
class Obj:
    pass
def gone(r):
    print("gone", r.key, type(r).__name__)
o = Obj()
r = KeyedRef(o, gone, "k1")
print(r.key, r() is o, isinstance(r, weakref.ref))
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
r2 = weakref.ref(o)
r3 = weakref.ref(o)
print(r2 is r3, r2 is r)
print(weakref.getweakrefcount(o))
class Tagged(weakref.ref):
    pass
t = Tagged(o)
t.note = "hello"
print(t.note, t.__dict__)
print(weakref.getweakrefcount(o))
del o
print(r(), t(), r2())
try:
    KeyedRef.__slots__
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hash(weakref.ref(Obj)) == hash(Obj))
