# sys.exit from a function with the collector disabled: finalizers still run at exit.
import sys, gc
gc.disable()
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("bye", self.name)
first = Noisy("first")
pair = [Noisy("p1"), Noisy("p2")]
class Node:
    pass
n = Node(); n.self = n; n.tag = Noisy("in cycle")
def leave():
    temp = Noisy("temp")
    sys.exit("leaving")
last = Noisy("last")
leave()
