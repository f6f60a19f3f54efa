import gc, sys, weakref
gc.collect()
def counter(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("finally", name)
g = counter("a")
print(next(g), next(g))
del g
print("after del")
g = counter("b")
next(g)
g.close()
print("closed", g.gi_frame)
g = counter("c")
next(g)
g.self = None
lst = [g]
def holder():
    yield lst
h = counter("cycle")
next(h)
cyc = [h]
cyc.append(cyc)
del h, cyc
print("collect", gc.collect())
def gen_refs():
    x = [1, 2, 3]
    yield sys.getrefcount(x)
    yield sys.getrefcount(x)
print(list(gen_refs()))
def gen_self():
    me = yield
    yield me
gs = gen_self()
next(gs)
gs.send(gs)
wr = weakref.ref(gs)
del gs
print("gen self alive", wr() is not None)
print(gc.collect(), wr())
print(sys.getsizeof(counter("x")) > 0, gc.is_tracked(counter("y")))
def not_started():
    try:
        yield 1
    finally:
        print("never printed")
ns = not_started()
del ns
print("not started freed")
gexp = (x * 2 for x in range(3))
print(gexp.gi_frame.f_locals.keys())
print(list(gexp), gexp.gi_frame)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def with_gen():
    with CM():
        yield 1
        yield 2
wg = with_gen()
next(wg)
del wg
print("end")
