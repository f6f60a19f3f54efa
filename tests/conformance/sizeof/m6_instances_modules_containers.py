import sys, collections, array
class Plain:
    pass
class Slotted:
    __slots__ = ("x", "y")
class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2
p = Plain()
print("plain instance", sys.getsizeof(p))
print("plain __dict__", sys.getsizeof(p.__dict__))
p.x = 1
print("after 1 attr", sys.getsizeof(p.__dict__))
for i in range(10):
    setattr(p, f"a{i}", i)
    print("attrs", len(vars(p)), sys.getsizeof(p.__dict__))
s = Slotted()
print("slotted", sys.getsizeof(s), hasattr(s, "__dict__"))
w1 = WithInit(); w2 = WithInit()
print("init dicts", sys.getsizeof(w1.__dict__), sys.getsizeof(w2.__dict__))
w2.c = 3
print("w2 extra attr", sys.getsizeof(w2.__dict__), sys.getsizeof(w1.__dict__))
w3 = WithInit()
print("w3 after", sys.getsizeof(w3.__dict__))
del w1.a
print("w1 after del", sys.getsizeof(w1.__dict__))
w4 = WithInit()
w4.__dict__["zz"] = 5
print("w4 via __dict__", sys.getsizeof(w4.__dict__))
w5 = WithInit()
setattr(w5, "b", 10)
print("w5 overwrite", sys.getsizeof(w5.__dict__))
w6 = WithInit()
w6.__dict__.update({"q": 1})
print("w6 update", sys.getsizeof(w6.__dict__))
w7 = WithInit()
d7 = dict(w7.__dict__)
print("copied", sys.getsizeof(d7), sys.getsizeof(w7.__dict__.copy()))
print("class", sys.getsizeof(Plain), sys.getsizeof(Slotted))
print("class dict", sys.getsizeof(Plain.__dict__))
def f(a, b=1, *args, **kw):
    return a
print("function", sys.getsizeof(f), sys.getsizeof(lambda: 0))
print("method", sys.getsizeof(w1.__init__), sys.getsizeof(len), sys.getsizeof([].append))
print("module", sys.getsizeof(sys), sys.getsizeof(collections))
dq = collections.deque()
prev = sys.getsizeof(dq); print("deque empty", prev)
for i in range(200):
    dq.append(i)
    s2 = sys.getsizeof(dq)
    if s2 != prev:
        print("deque ->", len(dq), s2); prev = s2
for i in range(150): dq.popleft()
print("deque after popleft", sys.getsizeof(dq))
print("deque maxlen", sys.getsizeof(collections.deque(range(10), maxlen=5)))
arr = array.array("i")
prev = sys.getsizeof(arr); print("array empty", prev)
for i in range(100):
    arr.append(i)
    s2 = sys.getsizeof(arr)
    if s2 != prev:
        print("array ->", len(arr), s2); prev = s2
print("array d", sys.getsizeof(array.array("d", range(10))))
print("array b", sys.getsizeof(array.array("b", b"abc")))
print("array u", sys.getsizeof(array.array("u", "hello")))
print("od", sys.getsizeof(collections.OrderedDict()), sys.getsizeof(collections.OrderedDict.fromkeys(range(10))))
print("defaultdict", sys.getsizeof(collections.defaultdict(list)))
print("Counter", sys.getsizeof(collections.Counter("abracadabra")))
Point = collections.namedtuple("Point", "x y")
print("namedtuple", sys.getsizeof(Point(1, 2)))
