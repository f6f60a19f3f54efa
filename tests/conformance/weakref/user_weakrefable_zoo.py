# weakref.ref to many kinds of objects, and the TypeError for those that cannot be weakly referenced.
import weakref
class C: pass
class S:
    __slots__ = ("x",)
class SW:
    __slots__ = ("x", "__weakref__")
def f(): pass
def g():
    yield 1
candidates = [
    ("instance", C()), ("class", C), ("function", f), ("lambda", lambda: 1),
    ("generator", g()), ("set", set()), ("frozenset", frozenset()),
    ("int", 5), ("str", "abc"), ("list", []), ("dict", {}), ("tuple", ()),
    ("bytes", b""), ("None", None), ("float", 1.0), ("slots", S()), ("slots+weakref", SW()),
    ("type", int), ("module", weakref),
    ("object()", object()), ("range", range(2)), ("bool", True),
]
for name, obj in candidates:
    try:
        r = weakref.ref(obj)
        print(f"{name:15} ok alive={r() is obj}")
    except TypeError as e:
        print(f"{name:15} TypeError: {e}")
class MyList(list): pass
class MyDict(dict): pass
print(weakref.ref(MyList())() is None)
ml = MyList([1]); r = weakref.ref(ml); print(r() == [1])
md = MyDict(); r2 = weakref.ref(md); print(type(r2()).__name__)
