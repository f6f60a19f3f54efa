# P6: a nested function that refers to itself through its closure cell.
import gc

gc.collect()


def mk():
    def f():
        return f

    return f


f = mk()
print(f() is f)
del f
found = []


def cb(phase, info):
    if phase == 'stop':
        found.append(info['collected'])


gc.callbacks.append(cb)
print(gc.collect())
gc.callbacks.remove(cb)
print(found)
