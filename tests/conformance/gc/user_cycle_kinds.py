# gc.collect() counts for the cycles a tutorial builds: instances, lists, dicts,
# closures, bound methods, generators, classes, frames via tracebacks, trees; tracked
# lists and dicts.
import gc
import sys

gc.disable()
gc.collect()

def count_type(name):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == name)

class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []

    def greet(self):
        return "hi " + self.name

def make_instance_cycle(n):
    people = [Person(f"p{i}") for i in range(n)]
    for a, b in zip(people, people[1:] + people[:1]):
        a.friends.append(b)

def make_list_cycle():
    a = []
    a.append(a)

def make_dict_cycle():
    d = {}
    d["self"] = d

def make_closure_cycle():
    def f():
        return f
    return None

def make_bound_method_cycle():
    p = Person("bm")
    p.method = p.greet

def make_generator_cycle():
    def gen():
        yield 1
        yield 2
    g = gen()
    next(g)
    g.me = None
    lst = [g]
    lst.append(lst)

def make_class_cycle():
    class Temp:
        pass
    return None

def make_frame_cycle():
    try:
        raise RuntimeError("x")
    except RuntimeError as e:
        tb = e.__traceback__

before = count_type("Person")
make_instance_cycle(5)
print("Person objects after cycle:", count_type("Person") - before)
print("collected instances:", gc.collect())
print("Person objects after collect:", count_type("Person") - before)

make_list_cycle()
print("list cycle:", gc.collect())
make_dict_cycle()
print("dict cycle:", gc.collect())
make_closure_cycle()
print("closure cycle:", gc.collect())
try:
    make_bound_method_cycle()
except AttributeError as e:
    print("AttributeError", e)
print("bound method cycle:", gc.collect())
try:
    make_generator_cycle()
except AttributeError as e:
    print("generator attr:", e)
print("generator cycle:", gc.collect())
make_class_cycle()
print("class cycle:", gc.collect())
make_frame_cycle()
print("frame cycle:", gc.collect())

for i in range(3):
    make_list_cycle()
    make_dict_cycle()
print("six cycles:", gc.collect())

print("gen0/1/2 counts:", gc.get_count())
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

def build(depth, parent=None):
    node = Tree(parent)
    if depth:
        for _ in range(2):
            build(depth - 1, node)
    return node

root = build(4)
print("trees alive:", count_type("Tree"))
del root
print("tree collect:", gc.collect())
print("trees alive:", count_type("Tree"))

lists_before = len([o for o in gc.get_objects() if isinstance(o, list)])
junk = [[i] for i in range(100)]
lists_after = len([o for o in gc.get_objects() if isinstance(o, list)])
print("new lists tracked:", lists_after - lists_before)
del junk
dicts = [{} for _ in range(10)]
print("empty dicts tracked:", sum(gc.is_tracked(d) for d in dicts))
dicts2 = [{"a": [1]} for _ in range(10)]
print("dicts with list tracked:", sum(gc.is_tracked(d) for d in dicts2))
dicts3 = [{"a": 1} for _ in range(10)]
print("dicts with int tracked:", sum(gc.is_tracked(d) for d in dicts3))
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked("s"), gc.is_tracked(Person("z")))
gc.enable()
