import sys
def _hook(u):
    obj = u.object
    name = getattr(obj, "__qualname__", None) or type(obj).__name__
    print("unraisable:", u.err_msg, "|", name, "|", type(u.exc_value).__name__, u.exc_value,
          "| tb" if u.exc_traceback is not None else "| no tb")
sys.unraisablehook = _hook
import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Raiser:
    def __del__(self):
        raise RuntimeError("bad del at exit")
def make_cycle(name):
    a = Noisy(name + "-a"); b = Noisy(name + "-b")
    a.peer = b; b.peer = a
make_cycle("cyc")
first = Noisy("first")
second = Noisy("second")
holder = [Noisy("in-list-1"), Noisy("in-list-2")]
mapping = {"k": Noisy("in-dict")}
r = Raiser()
last = Noisy("last")
_private = Noisy("_private")
class Keeper:
    inst = Noisy("class-attr")
print("main done")
