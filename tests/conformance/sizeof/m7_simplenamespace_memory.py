import sys, types, weakref, gc, copy, pickle
gc.collect()
sz = sys.getsizeof
SN = types.SimpleNamespace
ns = SN(a=1)
print(sz(ns), sz(ns.__dict__), ns)
e = SN()
print(sz(e), sz(e.__dict__))
e.x = 1
print(sz(e.__dict__))
for i in range(10):
    setattr(e, f"k{i}", i)
print(sz(e.__dict__), e)
big = SN(**{f"a{i}": i for i in range(8)})
print(sz(big.__dict__))
try:
    weakref.ref(ns)
except TypeError as err:
    print(err)
class Sub(SN):
    pass
s = Sub(a=1)
print(sz(s), weakref.ref(s)() is s, s)
class SubS(SN):
    __slots__ = ('x',)
print(sz(SubS()))
print(gc.is_tracked(ns), gc.is_tracked(SN()))
print(copy.copy(ns), copy.deepcopy(ns), pickle.loads(pickle.dumps(ns)))
print(ns == SN(a=1), vars(ns))
try:
    ns.missing
except AttributeError as err:
    print(err)
del ns.a
print(ns)
try:
    SN(1)
except TypeError as err:
    print(err)
print(SN.__basicsize__ if False else "", hasattr(ns, "__weakref__"))
c0 = gc.get_count()[0]
for i in range(10):
    t = SN(a=i)
print(gc.get_count()[0] - c0)
print(sys.implementation.name, type(sys.implementation))
