# A dict key's __eq__ that deletes the class attribute being looked up (CPython's
# test_vicious_descriptor_nonsense): the descriptor is held meanwhile, no use after free.
import gc
class Evil(object):
    def __hash__(self):
        return hash('attr')
    def __eq__(self, other):
        try:
            del C.attr
        except AttributeError:
            pass
        return 0
class Descr(object):
    def __get__(self, ob, type=None):
        return 1
class C(object):
    attr = Descr()
c = C()
c.__dict__[Evil()] = 0
print(c.attr)
gc.collect()
print(hasattr(C, 'attr'))
