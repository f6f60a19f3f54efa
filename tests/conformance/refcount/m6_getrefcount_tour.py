# sys.getrefcount tour: containers, dicts, closures, methods, defaults
import sys

class Node:
    kind = "node"
    def __init__(self, name):
        self.name = name
    def hello(self):
        return self.name

a = Node("a")
print("fresh", sys.getrefcount(a))
lst = [a]
print("in list", sys.getrefcount(a))
lst.append(a)
lst.append(a)
print("list x3", sys.getrefcount(a))
d = {"k": a}
print("dict value", sys.getrefcount(a))
d2 = {a: 1}
print("dict key", sys.getrefcount(a))
t = (a, a)
print("tuple", sys.getrefcount(a))
s = {a}
print("set", sys.getrefcount(a))
del lst
print("after del list", sys.getrefcount(a))
d.clear()
print("after dict clear", sys.getrefcount(a))
d2.pop(a)
print("after pop key", sys.getrefcount(a))
del t, s
print("back to", sys.getrefcount(a))

def outer():
    x = Node("x")
    def inner():
        return x
    print("closure cell", sys.getrefcount(x))
    return inner

f = outer()
print("cell after return", sys.getrefcount(f.__closure__[0].cell_contents))

m = a.hello
print("bound method holds", sys.getrefcount(a))
m2 = a.hello
print("two bound methods", sys.getrefcount(a))
print("method __self__ is a", m.__self__ is a)
del m, m2
print("methods gone", sys.getrefcount(a))

default = Node("default")
def uses_default(n=default):
    return n
print("default arg", sys.getrefcount(default))
uses_default.__defaults__ = None
print("defaults cleared", sys.getrefcount(default))

Node.shared = a
print("class attr", sys.getrefcount(a))
del Node.shared
print("class attr removed", sys.getrefcount(a))

def count_inside(obj):
    return sys.getrefcount(obj)
print("as argument", count_inside(a))
def count_two(obj, other):
    return sys.getrefcount(obj)
print("as argument twice", count_two(a, a))
print("lambda", (lambda o: sys.getrefcount(o))(a))

items = [Node(str(i)) for i in range(3)]
for it in items:
    print("loop var", it.name, sys.getrefcount(it))
print("after loop var", sys.getrefcount(items[-1]))
del it
print("loop var deleted", sys.getrefcount(items[-1]))
print("in listcomp", [sys.getrefcount(x) for x in items])
print("in genexp", list(sys.getrefcount(x) for x in items))
print("in dictcomp", sorted({x.name: sys.getrefcount(x) for x in items}.items()))

g = globals()
print("module global via dict", sys.getrefcount(g["a"]))
