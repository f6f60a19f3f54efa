# A traceback kept in a module's globals holds the frame of the function that raised, whose
# function holds those globals: a cycle through f_globals, which the collector must see
# (and which interpreter exit must free, running the __del__ methods of the globals).
import gc
import sys
import types

gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def failing():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()


# The same cycle in a namespace of its own: a function whose globals are `ns`.
ns = {"sys": sys, "Noisy": Noisy}
fn = types.FunctionType(failing.__code__, ns, "failing")
ns["keep"] = Noisy("in ns")
ns["info"] = fn()
frame = ns["info"][2].tb_frame
print(frame.f_globals is ns, frame.f_code.co_name)
print(len([r for r in gc.get_referrers(ns) if type(r) is dict]))
del fn, frame, ns
print("collected", gc.collect())

# The frame of a function holding its own frame in a local: a one-object cycle.
def keeps_frame():
    me = sys._getframe()
    return 1

keeps_frame()
print("collected", gc.collect())

first = Noisy("first")
info = failing()
last = Noisy("last")
print(type(info[1]).__name__, info[2].tb_frame.f_globals is globals())
print("end of main")
