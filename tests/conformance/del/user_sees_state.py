# __del__ sees its partner in a cycle; DEBUG_SAVEALL keeps the cycle; __slots__ objects too.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        o = self.other
        print(self.name, "sees other:", None if o is None else o.name)

a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print(gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("x"); a.other = a
del a
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
class WithSlots:
    __slots__ = ("name", "ref")
    def __del__(self):
        print("slots del", self.name)
s = WithSlots(); s.name = "s"; s.ref = s
del s
print(gc.collect())
