# Watching one object move through the generations as each generation is collected.
# Watching objects move between generations.
import gc

gc.collect()
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def gen_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(g)):
            return g
    return None

n = Node("x")
print("fresh:", gen_of(n), gen_of(n.__dict__))
gc.collect(0)
print("after collect(0):", gen_of(n))
gc.collect(1)
print("after collect(1):", gen_of(n))
gc.collect(2)
print("after collect(2):", gen_of(n))
m = Node("y")
print("m fresh", gen_of(m))
gc.collect(1)
print("m after collect(1)", gen_of(m))
print(gc.get_count())
gc.enable()
