# obj.__class__ = C between compatible classes (and the errors otherwise), obj.__dict__ = d
# for instances, functions and exceptions, and classmethod chaining to a descriptor.
import sys, gc
class A:
    def hello(self): return "A"
class B:
    def hello(self): return "B"
a = A(); a.x = 1
print(sys.getrefcount(A), sys.getrefcount(B))
a.__class__ = B
print(a.hello(), type(a).__name__, isinstance(a, B), a.x, vars(a), sys.getrefcount(A), sys.getrefcount(B))
a.y = 2
print(vars(a))
for bad in (int, 5, type):
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
class S1:
    __slots__ = ("p",)
class S2:
    __slots__ = ("p",)
class S3:
    __slots__ = ("q", "r")
s = S1(); s.p = 5
s.__class__ = S2
print(type(s).__name__, s.p)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class L1(list): pass
class L2(list): pass
l = L1([1]); l.__class__ = L2; print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class State:
    def handle(self): raise NotImplementedError
class Idle(State):
    def handle(self):
        print("idle -> running"); self.__class__ = Running
class Running(State):
    def handle(self):
        print("running -> idle"); self.__class__ = Idle
m = Idle()
for _ in range(3):
    m.handle()
print(type(m).__name__)
class E1(Exception): pass
class E2(Exception): pass
e = E1("x"); e.__class__ = E2; print(repr(e))
class WithDel:
    def __del__(self): print("WithDel.__del__", type(self).__name__)
class NoDel: pass
o = NoDel(); o.__class__ = WithDel; del o
o = WithDel(); o.__class__ = NoDel; del o
print("end")


import gc, sys
class W: pass
w = W(); w.a = 1
del w.__dict__
print(vars(w))
w.b = 2
print(vars(w))
class D(dict): pass
w.__dict__ = D(z=1)
print(type(w.__dict__), w.z)
w.__dict__ = {"x": 1}
print(w.x, vars(w), w.__dict__)
w.y = 5
print(w.__dict__)
for bad in ([1], None, 5):
    try:
        w.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
def f(): pass
f.__dict__ = {'q': 1}
print(f.q)
try:
    f.__dict__ = 1
except TypeError as e:
    print(e)
try:
    del f.__dict__
except TypeError as e:
    print(e)
class S(Exception): pass
e = S(); e.__dict__ = {'r': 1}; print(e.r)
try:
    e.__dict__ = 3
except TypeError as ex:
    print(ex)
try:
    del e.__dict__
except TypeError as ex:
    print(ex)
class ML(list): pass
m = ML(); m.__dict__ = {"k": 2}; print(m.k)
shared = {"s": 1}
a1, a2 = W(), W()
a1.__dict__ = shared; a2.__dict__ = shared
a1.new = 9
print(a2.new, sys.getrefcount(shared))
class Slots:
    __slots__ = ("a",)
try:
    Slots().__dict__ = {}
except AttributeError as ex:
    print("AttributeError:", ex)
gc.collect()
class Cyc: pass
c = Cyc(); dd = {"me": c}; c.__dict__ = dd
del c, dd
print(gc.collect())


class K:
    @classmethod
    @property
    def cprop(cls):
        return cls.__name__
print(K.cprop)
print(K().cprop)
class K2(K): pass
print(K2.cprop)
class Desc:
    def __get__(self, obj, typ):
        return ("Desc.__get__", obj.__name__ if obj else None, typ.__name__)
class Q:
    d = classmethod(Desc())
    s = classmethod(staticmethod(lambda *a: a))
    b = classmethod(len)
    def plain(cls): return cls.__name__
    p = classmethod(plain)
print(Q.d, Q().d, Q.s(), Q.p(), Q().p())
try:
    Q.b()
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    pass
