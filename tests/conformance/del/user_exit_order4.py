import atexit
import gc
import sys
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")
    def __del__(self):
        print(f"close {self.name}")
    def __repr__(self):
        return f"<Resource {self.name}>"

class Logger:
    def __del__(self):
        # at exit, module globals may already be gone in some interpreters
        print("logger __del__, Resource still visible:", "Resource" in globals())

def goodbye(what):
    print("atexit:", what)

atexit.register(goodbye, "first registered")
atexit.register(goodbye, "second registered")

a = Resource("a")
b = Resource("b")
c = Resource("c")
lst = [Resource("in-list-1"), Resource("in-list-2")]
dct = {"x": Resource("in-dict")}
log = Logger()

class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print(f"cycle {self.name} finalized")
cyc = Cyc("global-cycle")

def cb(ref):
    print("weakref callback fired")
holder = Resource("weak-target")
wr = weakref.ref(holder, cb)

fin_obj = Resource("finalized")
weakref.finalize(fin_obj, print, "finalize callback (atexit=True)")
f2 = weakref.finalize(Resource("tmp"), print, "finalize for temp")

def on_gc(phase, info):
    if phase == "stop" and info["collected"]:
        print("gc collected", info["collected"], "gen", info["generation"])
gc.callbacks.append(on_gc)

class Boom:
    def __del__(self):
        raise ValueError("error during teardown")
boom = Boom()

del b
print("main done")
