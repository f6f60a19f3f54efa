import gc, sys
gc.collect()
class WithDel:
    def __del__(self):
        pass
class Plain:
    pass
gc.set_debug(gc.DEBUG_SAVEALL)
a = Plain(); a.me = a
b = WithDel(); b.me = b
l = []; l.append(l)
del a, b, l
n = gc.collect()
print("collected", n)
print(sorted(type(o).__name__ for o in gc.garbage))
print(len(gc.garbage))
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug() == gc.DEBUG_UNCOLLECTABLE)
gc.garbage.clear()
d = {}; d["self"] = d
del d
sys.stderr.flush()
print("collected", gc.collect())
sys.stderr.flush()
print(len(gc.garbage), [type(x).__name__ for x in gc.garbage])
gc.garbage.clear()
gc.set_debug(gc.DEBUG_LEAK & ~gc.DEBUG_COLLECTABLE & ~gc.DEBUG_STATS)
print(gc.get_debug(), gc.DEBUG_LEAK)
t = [1]; t.append(t)
del t
print("collected", gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, len(gc.garbage[0]))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
