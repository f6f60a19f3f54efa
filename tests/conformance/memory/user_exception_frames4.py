import gc
import sys
import traceback

class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print(f"  freed {self.name}")

def fails(tag):
    r = Res(tag)
    raise ValueError(tag)

print("1: handled and dropped")
try:
    fails("a")
except ValueError:
    pass
print("after 1")

print("2: exception saved")
saved = None
try:
    fails("b")
except ValueError as e:
    saved = e
print("still saved")
saved = None
print("after 2")

print("3: exc_info kept")
try:
    fails("c")
except ValueError:
    info = sys.exc_info()
print("info kept", info[0].__name__)
del info
print("after 3")

print("4: traceback.clear_frames")
try:
    fails("d")
except ValueError as e:
    tb = e.__traceback__
traceback.clear_frames(tb)
print("after clear_frames")
del tb
print("after 4")

print("5: self-referencing error in loop")
errors = []
for i in range(2):
    try:
        fails(f"loop{i}")
    except ValueError as e:
        errors.append(e)
print("errors kept", len(errors))
errors.clear()
print("after 5")

print("6: cycle through frame local holding exception")
def cyc():
    r = Res("cyc")
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return None
cyc()
print("after call; collect:", gc.collect() > 0)
print("after 6")

print("7: raise from")
try:
    try:
        fails("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print("cause", type(e.__cause__).__name__, e.__cause__.__traceback__ is not None)
print("after 7")

print("8: format_exc keeps nothing")
try:
    fails("fmt")
except ValueError:
    text = traceback.format_exc()
print(text.splitlines()[-1])
print("after 8")
