# At exit, __main__ globals are collected intact, finalizers in the order of the collector.
class Goodbye:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("goodbye", self.name)

g1 = Goodbye("global1")
g2 = Goodbye("global2")
container = [Goodbye("in list")]
class Holder:
    pass
h = Holder()
h.attr = Goodbye("attr")
cyc = Goodbye("cycle")
cyc.self = cyc
print("main done")
