# Who refers to an object, and what a list, dict, instance, class and function refer to.
import gc
class Thing:
    pass
t = Thing()
holder = [t]
box = {"k": t}
tup = (t, 1)
class Owner:
    pass
o = Owner()
o.item = t
refs = gc.get_referrers(t)
def describe(r):
    if r is holder: return "holder"
    if r is box: return "box"
    if r is tup: return "tup"
    if r is o.__dict__: return "o.__dict__"
    if r is globals(): return "globals"
    if r is o: return "o"
    return type(r).__name__
print(sorted(describe(r) for r in refs))
print([type(x).__name__ for x in gc.get_referents(holder)])
print(sorted(type(x).__name__ for x in gc.get_referents(box)))
print(type(gc.get_referents(tup)[1]).__name__, len(gc.get_referents(tup)))
print(gc.get_referents(1, "abc", 2.5))
print(len(gc.get_referents(o)))
print([type(x).__name__ for x in gc.get_referents(o)])
print([type(x).__name__ for x in gc.get_referents(Thing)][:5])
def f(a, b=[1]):
    return a
print(sorted(type(x).__name__ for x in gc.get_referents(f)))
print(gc.get_referrers())
print(len(gc.get_referrers(42)) >= 0)
