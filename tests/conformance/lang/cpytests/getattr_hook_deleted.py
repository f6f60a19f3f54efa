# __getattribute__ that deletes the class's __getattr__ and collects: the __getattr__ looked up
# before still runs (slot_tp_getattr_hook holds it), no crash or hang.
import gc
class Descriptor(object):
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class A(object):
    __getattribute__ = descr
class B(object):
    __getattr__ = descr
class C(object):
    __getattribute__ = descr
    __getattr__ = descr
for k in (A, B, C):
    try: getattr(k(), "attr")
    except AttributeError as e: print("AE", e, descr.counter)

class EvilGetattribute(object):
    def __getattr__(self, name):
        raise AttributeError(name)
    def __getattribute__(self, name):
        del EvilGetattribute.__getattr__
        for i in range(5):
            gc.collect()
        raise AttributeError(name)
try:
    getattr(EvilGetattribute(), "attr")
except AttributeError as e: print("AE", e)
print(hasattr(EvilGetattribute, "__getattr__"))
