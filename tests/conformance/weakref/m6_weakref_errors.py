import weakref
class O: pass
tests = [
    lambda: weakref.WeakValueDictionary()["k"].__class__,
    lambda: weakref.WeakValueDictionary({"a": 1}),
    lambda: weakref.WeakKeyDictionary({1: 2}),
    lambda: weakref.WeakSet([1, 2]),
    lambda: weakref.WeakKeyDictionary()[O()] and 0,
    lambda: weakref.ref(),
    lambda: weakref.ref(O(), None, 3),
    lambda: weakref.ref(O(), 5)(),
    lambda: weakref.proxy(weakref.proxy(O())),
    lambda: weakref.proxy(1),
    lambda: weakref.WeakMethod(len),
    lambda: weakref.WeakMethod(O),
    lambda: weakref.finalize(1, print),
    lambda: weakref.getweakrefcount(1),
    lambda: weakref.getweakrefs(1),
    lambda: weakref.ref(O()).__callback__,
    lambda: weakref.ref(O())(1),
    lambda: weakref.ref(O(), len).__callback__ is len,
    lambda: hash(weakref.ref(O())),
    lambda: weakref.ref(O()) < weakref.ref(O()),
    lambda: weakref.WeakValueDictionary().pop("x"),
    lambda: weakref.WeakValueDictionary().popitem(),
    lambda: weakref.WeakSet().pop(),
    lambda: weakref.WeakKeyDictionary().popitem(),
    lambda: weakref.ReferenceType.__name__,
    lambda: weakref.ProxyType.__name__,
    lambda: weakref.CallableProxyType.__name__,
    lambda: weakref.ref.__mro__,
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except KeyError as e:
        print(i, "KeyError", type(e.args[0]).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
o = O()
r = weakref.ref(o)
for call in (lambda: r(1), lambda: r(1, 2), lambda: r(a=1), lambda: r(1, a=2)):
    try:
        call()
    except TypeError as e:
        print(e)
o = O()
r = weakref.ref(o)
print(repr(r).startswith("<weakref at 0x"), "to 'O' at" in repr(r))
del o
print(repr(r).endswith("; dead>"))
class Sub(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
o2 = O()
s = Sub(o2, None, "info")
print(s.extra, s() is o2, weakref.getweakrefcount(o2))
