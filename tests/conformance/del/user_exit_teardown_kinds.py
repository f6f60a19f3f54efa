# __del__ at interpreter exit of objects held by globals, classes, defaults, closures, containers, generators; atexit and weakref callbacks.
import sys, gc, weakref, atexit

class Noisy:
    count = 0
    def __init__(self, name, ref=None):
        self.name = name
        self.ref = ref
        Noisy.count += 1
    def __del__(self):
        # globals may already be gone at interpreter exit
        try:
            extra = 'log=%s' % (len(LOG),)
        except NameError as e:
            extra = 'NameError'
        except TypeError as e:
            extra = 'TypeError'
        print('del', self.name, extra, 'ref' if self.ref is not None else '-', file=sys.stdout)

LOG = []
class Registry:
    items = [Noisy('class-attr')]
reg = Registry()
reg.inst = Noisy('instance-attr')
a = Noisy('a')
b = Noisy('b', a)
c = Noisy('c')
c.self = c
d = {'x': Noisy('dict-value')}
nested = [[Noisy('nested')]]
def func(default=Noisy('default-arg')):
    return default
closure_obj = Noisy('closure')
def make():
    o = closure_obj
    return lambda: o
fn = make()
del closure_obj
wr = weakref.ref(a, lambda r: print('weakref cb for a'))
sys.modules['__main__'].late = Noisy('late-attr')
atexit.register(lambda: print('atexit runs, LOG len', len(LOG)))
gen_holder = (x for x in [Noisy('in-genexpr-list')])
print('main done')
