import weakref
import gc
gc.collect()

class A:
    def method(self):
        return "m"
    def __repr__(self):
        return "A()"

for v in (1, "s", (1,), [1], {1: 2}, {1}, frozenset(), b"x", bytearray(), None, 1.5, 2j, range(1), object(), True, int):
    try:
        r = weakref.ref(v)
        print(type(v).__name__, "ok", r() is v)
    except TypeError as e:
        print(type(v).__name__, "TypeError:", e)

class Slots:
    __slots__ = ("a",)
class SlotsW:
    __slots__ = ("a", "__weakref__")
for cls in (Slots, SlotsW):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
class T(tuple):
    pass
for cls in (L, D, T):
    o = cls()
    try:
        print(cls.__name__, weakref.ref(o)() is o)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
try:
    weakref.ref(I(1))
except TypeError as e:
    print("int subclass TypeError:", e)

a = A()
p = weakref.proxy(a)
print(p.method(), repr(p)[:25] == "<weakproxy at 0x"[:16] or True)
del a
for op in (lambda: p.method(), lambda: str(p), lambda: p.x, lambda: len(p), lambda: p + 1, lambda: bool(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("proxy TypeError:", e)
try:
    weakref.ref(A(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(A(), None, None)
except TypeError as e:
    print("TypeError:", e)
b = A()
wm = weakref.WeakMethod(b.method)
print(wm()(), wm() == b.method)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("WeakMethod TypeError:", e)
try:
    weakref.WeakMethod(A.method)
except TypeError as e:
    print("WeakMethod TypeError:", e)
del b
print(wm())
wvd = weakref.WeakValueDictionary()
try:
    wvd["k"] = 1
except TypeError as e:
    print("WVD TypeError:", e)
wkd = weakref.WeakKeyDictionary()
try:
    wkd["k"] = 1
except TypeError as e:
    print("WKD TypeError:", e)
ws = weakref.WeakSet()
try:
    ws.add(1)
except TypeError as e:
    print("WeakSet TypeError:", e)
try:
    wvd["missing"]
except KeyError as e:
    print("KeyError:", e)
c = A()
wkd[c] = "v"
print(len(wkd), wkd[c])
del c
print(len(wkd))
print(weakref.getweakrefcount(A()), weakref.getweakrefs(1))
x = A()
r1 = weakref.ref(x)
r2 = weakref.ref(x)
r3 = weakref.ref(x, lambda r: None)
p1 = weakref.proxy(x)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(x), len(weakref.getweakrefs(x)))
print(hash(r1) == hash(x) or True, r1 == r3)
del x
print(r1 == r3, r1 == r1)
try:
    hash(weakref.ref(A()))
except TypeError as e:
    print("hash TypeError:", e)
class H:
    pass
h = H()
rh = weakref.ref(h)
hv = hash(rh)
del h
print(hash(rh) == hv)
