# Key-sharing instance dict sizes as attributes come and go, and sizes of built-in subclasses.
import sys, gc

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def sz(o):
    return sys.getsizeof(o.__dict__)

print("== key-sharing instance dicts")
p = P(1, 2)
print("getsizeof(instance):", sys.getsizeof(p))
print("dict size after __dict__ access:", sz(p))
q = P(3, 4)
q.z = 5
print("extra attr:", sz(q))
for i in range(10):
    setattr(q, f"a{i}", i)
    print(f"  after a{i}: {sz(q)}")
r = P(5, 6)
print("new instance after a big one:", sz(r))
del r.x
print("after del attr:", sz(r))
r.x = 9
print("re-added:", sz(r), list(vars(r)))

class Q:
    pass
objs = [Q() for _ in range(3)]
for i, o in enumerate(objs):
    o.__dict__["k%d" % i] = i
print("assigned via __dict__:", [sz(o) for o in objs])

class R:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
rs = [R() for _ in range(4)]
rs[1].d = 4
rs[2].__dict__.update(e=5)
rs[3].__dict__.clear()
print("R dicts:", [sz(o) for o in rs])
print("R copies:", [sys.getsizeof(o.__dict__.copy()) for o in rs])
print("vars() is __dict__:", vars(rs[0]) is rs[0].__dict__)
print("dict(vars()):", sys.getsizeof(dict(vars(rs[0]))))

print("== counts")
gc.collect()
before = gc.get_count()[0]
x = R()
mid = gc.get_count()[0]
dd = x.__dict__
after = gc.get_count()[0]
print("instance:", mid - before, "materialise dict:", after - mid, "dict tracked:", gc.is_tracked(dd))

class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, "attr%d" % i, i)
print("40 attrs:", sz(m))
m2 = Many()
m2.attr0 = 0
print("second Many:", sz(m2))

class Slots:
    __slots__ = ("a", "b", "__dict__")
s = Slots()
s.a = 1
s.c = 3
print("slots + __dict__:", sys.getsizeof(s), sz(s))
class SlotsW:
    __slots__ = ("a", "__weakref__")
print("slots + __weakref__:", sys.getsizeof(SlotsW()))
class Sub(P):
    pass
print("subclass instance:", sys.getsizeof(Sub(1, 2)), sz(Sub(1, 2)))
class SubSlots(P):
    __slots__ = ("w",)
print("subclass with slots:", sys.getsizeof(SubSlots(1, 2)), sz(SubSlots(1, 2)))
class LS(list):
    pass
print("list subclass:", sys.getsizeof(LS()), sys.getsizeof(LS([1, 2, 3])))
class DS(dict):
    pass
print("dict subclass:", sys.getsizeof(DS()), sys.getsizeof(DS(a=1)))
class IS(int):
    pass
print("int subclass:", sys.getsizeof(IS(5)), sys.getsizeof(IS(2**100)))
class TS(tuple):
    pass
print("tuple subclass:", sys.getsizeof(TS()), sys.getsizeof(TS((1, 2))))
class SS(str):
    pass
print("str subclass:", sys.getsizeof(SS("")), sys.getsizeof(SS("abc")), sys.getsizeof(SS("é")))
class FS(float):
    pass
print("float subclass:", sys.getsizeof(FS(1.5)))
class BS(bytes):
    pass
print("bytes subclass:", sys.getsizeof(BS(b"abc")))
class E(Exception):
    pass
print("exception subclass:", sys.getsizeof(E("x")))
