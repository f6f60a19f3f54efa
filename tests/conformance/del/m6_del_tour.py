import gc, sys

def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, 'in', u.object.__qualname__)
sys.unraisablehook = hook

class Tracked:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

a = Tracked("global_a")
b = Tracked("global_b")
c = Tracked("global_c")
lst = [Tracked("in_list_1"), Tracked("in_list_2")]
d = {"k": Tracked("in_dict")}

def scope():
    x = Tracked("local_x")
    y = Tracked("local_y")
    print("leaving scope")
scope()

for i in range(3):
    t = Tracked(f"loop_{i}")
print("after loop")
del t

class Boom:
    def __del__(self):
        raise ValueError("oops in del")
Boom()
print("after boom")

class BoomKey:
    def __del__(self):
        {}["missing"]
x = BoomKey()
del x
print("after boomkey")

class Phoenix:
    saved = None
    def __del__(self):
        print("phoenix del")
        Phoenix.saved = self
p = Phoenix()
del p
print("resurrected", Phoenix.saved is not None)
Phoenix.saved = None
print("second death silent")

class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("cyc del", self.name)
Cyc("c1"); Cyc("c2")
print("collect", gc.collect())

class Holder:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("holder del", self.name, "sees", [t.name for t in self.items])
h = Holder("h")
h.items = [Tracked("held_1"), Tracked("held_2")]
del h
print("end of module")
