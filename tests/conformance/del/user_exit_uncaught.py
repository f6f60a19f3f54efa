# An uncaught exception: traceback first, then the globals and the frame locals are finalized.
import sys
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("bye", self.name, Noisy.__name__)
a = Noisy("a")
def work():
    local = Noisy("local")
    helper = [Noisy("in list")]
    raise KeyError("boom")
b = Noisy("b")
work()
