# A blog's sys.getrefcount walkthrough: names, containers, calls, closures, defaults,
# attributes, `except ... as e`, loop variables, iterators, generators, bound methods.
import sys

def show(label, obj):
    print(f"{label:<40} refcount={sys.getrefcount(obj)}")

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return f"Node({self.value!r})"

x = Node(1)
show("fresh local", x)
y = x
show("after y = x", x)
lst = [x, x, x]
show("in a list 3 times", x)
d = {"a": x, "b": x}
show("plus 2 dict values", x)
t = (x,)
show("plus a tuple", x)
del lst
show("after del lst", x)
d.clear()
show("after d.clear()", x)
del t
show("after del t", x)
del y
show("after del y", x)

def take(o):
    show("inside take()", o)
    def inner():
        return o
    show("inside take() with closure", o)
    return inner

f = take(x)
show("closure kept alive", x)
del f
show("closure deleted", x)

def default_arg(a=x):
    return a
show("as default argument", x)
del default_arg
show("default fn deleted", x)

holder = Node(0)
holder.next = x
show("as attribute", x)
holder.next = None
show("attribute cleared", x)

try:
    raise ValueError(x)
except ValueError as e:
    show("inside except with e", x)
    err = e
show("after except (err kept)", x)
del err
show("after del err", x)
print("'e' in dir():", 'e' in dir())

for item in [x]:
    show("loop variable", x)
show("after loop (item still bound)", x)
del item

it = iter([x, x])
show("iterator over list of 2", x)
next(it)
show("after next()", x)
del it

g = (n for n in [x])
show("generator over [x]", x)
print(next(g))
show("generator after next", x)
del g
show("generator deleted", x)

s = "a string that is not interned!"
show("string literal", s)
n = 123456789
show("big int literal", n)
print("None refcount is large:", sys.getrefcount(None) > 100)
print("small int 1 refcount large:", sys.getrefcount(1) > 100)

class Holder:
    items = []
    def add(self, v):
        self.items.append(v)

h = Holder()
h.add(x)
show("in class-level list", x)
Holder.items.clear()
show("class list cleared", x)

m = h.add
show("bound method refs h", h)
del m
show("bound method gone", h)

import weakref
r = weakref.ref(x)
show("weakref does not count", x)
print(r() is x)
del x
print("weakref after del x:", r())
