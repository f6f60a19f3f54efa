# Errors raised by finalizers while __main__ is torn down at exit: CPython prints their
# tracebacks without source lines (sys.modules is already empty, so io cannot be imported).
import gc

class Deleter:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return f"<Deleter {self.tag}>"
    def __call__(self, *args):
        helper(self.tag)

def helper(tag):
    raise RuntimeError(f"finalizer {tag} failed")

class Early:
    __del__ = Deleter("early")

class Cycle:
    __del__ = Deleter("cycle")
    def __init__(self):
        self.me = self

class AtExit:
    __del__ = Deleter("at-exit")

e = Early()
del e
print("after early", flush=True)
c = Cycle()
del c
print("collect:", gc.collect(), flush=True)
keep = AtExit()
cyc = Cycle()
del cyc
print("end of main", flush=True)
