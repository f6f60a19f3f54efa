# deepcopy and pickle of shared and cyclic structures, sort keys' refcounts, id reuse, slots cycles,
# traceback.clear_frames.
import sys, gc, weakref, copy, pickle

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

# copy.deepcopy of a cycle: memo keeps one copy per object
a = Node(1); b = Node(2); a.next = b; b.next = a
c = copy.deepcopy(a)
print("deepcopy cycle:", c.next.next is c, c is not a)
gc.collect()
before = len(gc.get_objects())
del c
print("collect deepcopy cycle:", gc.collect())

# pickle round trip of shared references
shared = [1, 2]
data = {"x": shared, "y": shared}
back = pickle.loads(pickle.dumps(data))
print("shared preserved:", back["x"] is back["y"], sys.getrefcount(back["x"]))

# sys.getrefcount of a list element during sort with key
items = [Node(i) for i in range(3)]
counts = []
items.sort(key=lambda n: (counts.append(sys.getrefcount(n)), -n.v)[1])
print("refcount seen by sort key:", counts)

# reversed() and sorted() views
r = reversed(items)
print("reversed holds list:", sys.getrefcount(items))
del r

# dict.items() iteration keeps tuples?
d = {i: Node(i) for i in range(3)}
tuples = list(d.items())
print("items tuple refcount:", sys.getrefcount(tuples[0]))

# weakref to bound method dies immediately
class K:
    def m(self): pass
k = K()
wr = weakref.ref(k.m)
print("weakref to a bound method:", wr())

# id() reuse of freed objects
ids = set()
for i in range(5):
    ids.add(id(Node(i)))
print("ids reused:", len(ids))
ids2 = [id([]) for _ in range(3)]
print("empty list ids reused:", len(set(ids2)))

# __slots__ object with cycle
class S:
    __slots__ = ("other", "__weakref__")
s1, s2 = S(), S()
s1.other, s2.other = s2, s1
w1 = weakref.ref(s1)
del s1, s2
print("slots cycle collected:", gc.collect(), w1() is None)

# exception __traceback__ reference cycle cleared with clear_frames-like
import traceback
def fail():
    local_big = [0] * 1000
    raise RuntimeError("x")
try:
    fail()
except RuntimeError as e:
    tb = e.__traceback__
frames = [f for f, _ in traceback.walk_tb(tb)]
print("frames in tb:", len(frames), [f.f_code.co_name for f in frames])
traceback.clear_frames(tb)
print("locals cleared:", [len(f.f_locals) for f in frames])
del tb, frames
print("end")
