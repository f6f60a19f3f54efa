import sys
import gc

class Tracked:
    def __init__(self, name): self.name = name
    def __del__(self): print(f"  del {self.name}")

def producer(obj):
    local = obj
    yield sys.getrefcount(obj)
    yield sys.getrefcount(local)
    del local
    yield sys.getrefcount(obj)

t = Tracked("t")
g = producer(t)
print("created", sys.getrefcount(t))
print("first", next(g), sys.getrefcount(t))
print("second", next(g))
print("third", next(g), sys.getrefcount(t))
print("frame locals", sorted(g.gi_frame.f_locals))
g.close()
print("closed", sys.getrefcount(t), g.gi_frame)
del g

def holder():
    x = Tracked("inside-gen")
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")

g = holder()
next(g)
print("drop suspended generator")
del g
print("after drop")

g = holder()
next(g)
lst = [g]
lst.append(lst)
del g, lst
print("cycle with generator; collect:", gc.collect())

print("genexpr holds iterable")
data = [Tracked("d0"), Tracked("d1")]
ge = (d.name for d in data)
print(sys.getrefcount(data))
del data
print(next(ge))
del ge
print("after genexpr del")

print("send / throw")
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f"caught {e}"
e = echo()
next(e)
print(e.send("hello"), e.throw(ValueError("bad")), e.send(None))
e.close()

print("yield from")
def inner():
    r = yield "inner-1"
    return f"inner returned {r}"
def outer():
    res = yield from inner()
    yield res
o = outer()
print(next(o), o.send("X"))
print("gi_yieldfrom", o.gi_yieldfrom)

print("exception references")
def fail():
    local_big = Tracked("frame-local")
    raise RuntimeError("boom")
try:
    fail()
except RuntimeError as exc:
    tb = exc.__traceback__
    print("frames in tb:", tb.tb_next.tb_frame.f_code.co_name)
    saved = exc
print("after except block; local still alive via saved exc")
del saved
print("deleted saved; tb var still holds frames")
del tb
print("after del tb")

print("with statement references")
class CM:
    def __enter__(self):
        print("  enter refcount", sys.getrefcount(self))
        return Tracked("cm-value")
    def __exit__(self, *exc):
        print("  exit refcount", sys.getrefcount(self), exc[0])
        return False
with CM() as v:
    print("  in body", sys.getrefcount(v))
print("after with")
del v
