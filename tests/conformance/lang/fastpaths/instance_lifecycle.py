# Instances made and freed many times: attribute values released in order, __del__ of a
# value freeing other instances while an instance is being torn down, classes that gain a
# __new__ after their first instances, exception classes and built-in subclasses.
import gc

log = []

class Noisy:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def __del__(self):
        log.append(self.name)

class Holder:
    def __init__(self, a, b):
        self.a = a
        self.b = b

for i in range(3):
    h = Holder(Noisy(f"a{i}", Noisy(f"a{i}-inner", Noisy(f"a{i}-deep"))), Noisy(f"b{i}"))
    del h
print(log)
log.clear()

# A cycle through instance attributes, freed by the collector (tp_clear, then dealloc).
x = Holder(None, Noisy("cyc-b"))
y = Holder(x, Noisy("cyc-y"))
x.a = y
del x, y
print(gc.collect() > 0, sorted(log))
log.clear()

class Late:
    def __init__(self, v):
        self.v = v

first = [Late(i).v for i in range(3)]

def late_new(cls, v):
    print("Late.__new__", v)
    return object.__new__(cls)

Late.__new__ = late_new
print(first, Late(7).v, Late(8).v)

class E(Exception):
    def __init__(self, code):
        super().__init__("E", code)
        self.code = code

class L(list):
    def __init__(self, *items):
        super().__init__(items)
        self.tag = "L"

for _ in range(2):
    e = E(3)
    l = L(1, 2)
    print(e.args, e.code, l, l.tag, Holder(1, 2).b)

class Slots:
    __slots__ = ("p", "q")
    def __init__(self, p, q):
        self.p = p
        self.q = q

print([Slots(i, Noisy(f"s{i}")).p for i in range(2)], log)
