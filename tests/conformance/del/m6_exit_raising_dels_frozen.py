import gc
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name)
        raise RuntimeError("in del " + self.name)
a = Noisy("a")
b = Noisy("b")
c = Noisy("c"); c.self = c
lst = [Noisy("l1"), Noisy("l2")]
def f(): pass
f.attr = Noisy("func_attr")
gc.freeze()
d = Noisy("after_freeze"); d.me = d
raise SystemExit("bye")
