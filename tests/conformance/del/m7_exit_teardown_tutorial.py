import sys
import weakref
import atexit

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, flush=True)

class Holder:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other
    def __del__(self):
        other = self.other.name if self.other is not None else None
        print("Holder.__del__", self.name, "other:", other)

zeta = Tracked("zeta")
alpha = Tracked("alpha")
middle = Tracked("middle")
_private = Tracked("_private")
h1 = Holder("h1", Tracked("inner-of-h1"))
lst = [Tracked("in-list-0"), Tracked("in-list-1")]
d = {"k1": Tracked("dict-v1"), "k2": Tracked("dict-v2")}
cyc = Tracked("cycle")
cyc.me = cyc
weakref.finalize(alpha, print, "finalize alpha")
atexit.register(print, "atexit 1")
atexit.register(lambda: print("atexit 2 sees alpha:", alpha.name))
def late():
    print("atexit late: globals alive", "zeta" in globals())
atexit.register(late)
class Meta(type):
    def __del__(cls):
        print("class deleted", cls.__name__)
class Dyn(metaclass=Meta):
    pass
inst = Dyn()
print("end of program")
