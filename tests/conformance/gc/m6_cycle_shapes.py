import gc
gc.collect()

def shape(name, make):
    make()
    print(f"{name:32} collected {gc.collect()}")

def self_list():
    l = []; l.append(l)
def self_dict():
    d = {}; d["me"] = d
def two_lists():
    a = []; b = [a]; a.append(b)
class Obj:
    pass
def inst_cycle():
    a = Obj(); a.me = a
def inst_pair():
    a = Obj(); b = Obj(); a.other = b; b.other = a
def class_instance():
    class Local:
        pass
    Local.instance = Local()
def closure_self():
    def f():
        return f
    return None
def exc_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
def gen_cycle():
    def g():
        yield 1
    x = g()
    x.gi_frame.f_locals
    lst = [x]
    lst.append(lst)
def bound_on_self():
    class C:
        def m(self):
            pass
    c = C(); c.cb = c.m
def slotted():
    class S:
        __slots__ = ("a",)
    s = S(); s.a = s
def tuple_list():
    l = []; t = (l,); l.append(t)
def set_frozen():
    class K:
        pass
    k = K(); k.s = {k}
def dict_of_lists():
    d = {i: [] for i in range(5)}
    for v in d.values():
        v.append(d)
def deep_chain():
    first = node = Obj()
    for _ in range(100):
        node.next = Obj(); node = node.next
    node.next = first
def module_func_cycle():
    ns = {}
    exec("def f(): pass", ns)

for name, fn in list(globals().items()):
    if callable(fn) and fn.__module__ == "__main__" and name not in ("shape", "Obj"):
        shape(name, fn)
print("final", gc.collect())
