# reprs of weakrefs (with __name__) and proxies, alive and dead; counts and identity of refs.
import weakref, re
def norm(s):
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", s)
class Target:
    pass
t = Target()
r = weakref.ref(t)
print(norm(repr(r)))
p = weakref.proxy(t)
print(norm(repr(p)))
print(type(p).__name__, type(r).__name__)
def fn(): pass
print(norm(repr(weakref.ref(fn))))
del t
print(norm(repr(r)))
try:
    print(p)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    repr(p)
    print("repr ok", norm(repr(p)))
except ReferenceError as e:
    print("ReferenceError:", e)
s = {1}
print(norm(repr(weakref.ref(s)) if False else "skip"))
class K: pass
k = K()
wr = weakref.ref(k, lambda r: None)
print(norm(repr(wr)))
print(weakref.getweakrefcount(k), len(weakref.getweakrefs(k)))
r1 = weakref.ref(k); r2 = weakref.ref(k)
print(r1 is r2, r1 is wr)
print(weakref.getweakrefcount(k))
print(r1 == r2, hash(r1) == hash(k))
