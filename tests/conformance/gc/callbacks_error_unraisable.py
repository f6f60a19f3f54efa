# An exception in a callback is reported as unraisable; the collection still happens.
import gc
import sys

gc.collect()
reports = []
sys.unraisablehook = lambda u: reports.append(type(u.exc_value).__name__)


def bad(phase, info):
    raise ValueError(phase)


gc.callbacks.append(bad)
l = []
l.append(l)
del l
print(gc.collect())
gc.callbacks.remove(bad)
print(reports)
