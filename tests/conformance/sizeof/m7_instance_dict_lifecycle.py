import sys
sz = sys.getsizeof

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def show(label, o):
    print(f"{label:<34} obj={sz(o)} dict={sz(o.__dict__)} keys={list(o.__dict__)}")

a = P(1, 2)
show("two attrs", a)
b = P(3, 4)
show("second instance", b)
b.z = 5
show("extra attr on b", b)
show("a after b.z", a)
c = P(5, 6)
show("new instance after z", c)
del b.x
show("b after del x", b)
d = P(7, 8)
d.__dict__["w"] = 1
show("w via __dict__", d)
e = P(9, 10)
vars(e).update(q=1, r=2)
show("vars().update", e)
f = P(0, 0)
f.__dict__ = {"x": 1, "y": 2}
show("__dict__ assigned", f)
g = P(1, 1)
setattr(g, "y", 5)
setattr(g, "x", 6)
show("setattr existing", g)
h = P(1, 1)
h.__dict__.pop("x")
show("pop x", h)
h.x = 2
show("re-add x", h)
i = P(1, 1)
i.__dict__.clear()
show("cleared", i)
j = P(1, 1)
j.__dict__[1] = "int key"
show("non-str key", j)
k = P(1, 1)
dc = k.__dict__.copy()
print("copy of split", sz(dc), sz(dict(k.__dict__)), sz({**k.__dict__}))

class Many:
    pass
objs = []
for n in range(12):
    m = Many()
    for idx in range(n):
        setattr(m, f"a{idx}", idx)
    objs.append(m)
    print(f"Many with {n:>2} attrs: dict={sz(m.__dict__)}")

class Reversed:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 1
            self.b = 2
r1 = Reversed(False)
r2 = Reversed(True)
print("same order", sz(r1.__dict__), "flipped order", sz(r2.__dict__), list(r2.__dict__))
r3 = Reversed(False)
print("after a flip", sz(r3.__dict__))

class Slotted:
    __slots__ = ("a", "b", "__dict__")
s = Slotted()
s.a = 1
s.c = 3
print("slots + dict", sz(s), sz(s.__dict__))
