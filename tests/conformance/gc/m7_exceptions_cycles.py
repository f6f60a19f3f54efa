import gc
import sys
gc.collect()

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def raiser():
    r = Res("local-in-raiser")
    raise RuntimeError("boom")

print("1: except as e (e deleted on exit)")
try:
    raiser()
except RuntimeError as e:
    print("  caught", e)
print("  e defined:", "e" in globals())
print("  collect:", gc.collect())

print("2: exception kept in a variable")
keep = None
try:
    raiser()
except RuntimeError as e:
    keep = e
print("  traceback frames:", keep.__traceback__ is not None)
del keep
print("  collect:", gc.collect())

print("3: sys.exc_info() saved in function")
def saver():
    r = Res("in-saver")
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()
    print("  saved", info[0].__name__)
saver()
print("  collect:", gc.collect())

print("4: traceback stored on object")
class Log:
    pass
log = Log()
try:
    raiser()
except RuntimeError as e:
    log.tb = e.__traceback__
print("  collect with tb alive:", gc.collect())
del log
print("  collect after del:", gc.collect())

print("5: chained exceptions")
def chain():
    try:
        try:
            raiser()
        except RuntimeError as e:
            raise ValueError("second") from e
    except ValueError as v:
        return v
v = chain()
print("  cause:", type(v.__cause__).__name__, "context:", type(v.__context__).__name__)
del v
print("  collect:", gc.collect())

print("6: with traceback.clear_frames")
import traceback
try:
    raiser()
except RuntimeError as e:
    traceback.clear_frames(e.__traceback__)
    kept = e
print("  collect:", gc.collect())
del kept
print("  collect:", gc.collect())
print("end")
