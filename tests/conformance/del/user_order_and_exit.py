# __del__ order as refcounts fall, and module globals finalized at exit with everything still bound.
class Tracer:
    log = []
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        Tracer.log.append(self.name)
        print("del", self.name, "child alive:", self.child is not None)

def build():
    c = Tracer("c")
    b = Tracer("b", c)
    a = Tracer("a", b)
    return a

x = build()
print("dropping x")
del x
print(Tracer.log)
lst = [Tracer(str(i)) for i in range(4)]
print("clearing list")
lst.clear()
d = {i: Tracer("d%d" % i) for i in range(3)}
print("del dict")
del d
t = (Tracer("t0"), Tracer("t1"))
t = None
print("reassign")
y = Tracer("old")
y = Tracer("new")
print("end of module")
