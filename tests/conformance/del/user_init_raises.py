# An __init__ that raises (after a custom __new__, with *args/**kwargs, on a list subclass,
# or a call with the wrong arguments): the half-made object is released at once and its
# __del__ runs, as in CPython; nothing is left for the collector.
import gc, sys
class Conn:
    def __init__(self, fail):
        print("init start")
        self.opened = True
        if fail:
            raise ConnectionError("refused")
    def __del__(self):
        print("__del__, opened =", getattr(self, "opened", None))
try:
    c = Conn(True)
except ConnectionError as e:
    print("caught", e)
print("after")
class Strict:
    __slots__ = ("x",)
    def __new__(cls):
        print("new"); return super().__new__(cls)
    def __init__(self):
        raise ValueError("init fails")
    def __del__(self):
        print("Strict __del__, x set:", hasattr(self, "x"))
try:
    Strict()
except ValueError:
    print("ValueError caught")
class Weird:
    def __new__(cls, *a):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class Other:
    pass
class Returns:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called for Other")
print(type(Returns()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
def make():
    o = Conn(False)
    raise RuntimeError("after creating")
try:
    make()
except RuntimeError as e:
    print("RuntimeError", e)
    del e
print("end")

class T1:
    __slots__ = ("x",)
    def __del__(self):
        print("T1 del")
T1()
s = T1(); del s
class T2:
    __slots__ = ("x",)
    def __init__(self):
        raise ValueError
    def __del__(self):
        print("T2 del")
try:
    T2()
except ValueError:
    print("caught T2")
class T3:
    def __new__(cls):
        return super().__new__(cls)
    def __init__(self):
        raise ValueError
    def __del__(self):
        print("T3 del")
try:
    T3()
except ValueError:
    print("caught T3")
class T4:
    __slots__ = ()
    def __new__(cls):
        return super().__new__(cls)
    def __del__(self):
        print("T4 del")
T4()
print("end")

import weakref, gc, sys
refs = []
class S3:
    def __new__(cls):
        self = super().__new__(cls)
        refs.append(weakref.ref(self))
        return self
    def __init__(self):
        raise ValueError
    def __del__(self):
        print("S3 del")
try:
    S3()
except ValueError as e:
    print("caught S3")
print(refs[0]() is None)
print(sys.getrefcount(refs[0]()) if refs[0]() is not None else None)
gc.collect()
print(refs[0]() is None)

import sys, gc
class A:
    def __init__(self, *args, **kw):
        raise ValueError("bad")
    def __del__(self):
        print("A del")
for call in (lambda: A(), lambda: A(1, 2, 3, 4), lambda: A(k=1), lambda: A(*[1])):
    try:
        call()
    except ValueError:
        print("caught")
class B:
    def __init__(self, a, b=2):
        pass
    def __del__(self):
        print("B del")
try:
    B()
except TypeError as e:
    print("TypeError:", e)
try:
    B(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    B(1, c=3)
except TypeError as e:
    print("TypeError:", e)
class L(list):
    def __init__(self, *a):
        raise KeyError("k")
    def __del__(self):
        print("L del")
try:
    L([1])
except KeyError:
    print("caught L")
class N:
    def __new__(cls, x):
        if x < 0:
            raise ValueError("neg")
        return super().__new__(cls)
    def __del__(self):
        print("N del")
try:
    N(-1)
except ValueError:
    print("caught N")
