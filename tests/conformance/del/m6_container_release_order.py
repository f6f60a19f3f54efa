import gc, collections, array
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(self.n, end=" ")
def show(label, fn):
    print(label + ":", end=" ")
    fn()
    print()
def mk(k=4): return [D(i) for i in range(k)]
def t_list():
    l = mk(); del l
def t_list_clear():
    l = mk(); l.clear()
def t_list_slice():
    l = mk(6); del l[1:4]
def t_list_assign():
    l = mk(); l[:] = []
def t_tuple():
    t = tuple(mk()); del t
def t_dict():
    d = {i: D(i) for i in range(4)}; del d
def t_dict_clear():
    d = {i: D(i) for i in range(4)}; d.clear()
def t_dict_keys():
    d = {D(i): i for i in range(4)}; del d
class H(D):
    def __hash__(self): return self.n * 7
    def __eq__(self, o): return self is o
def t_set():
    s = {H(i) for i in (5, 1, 9, 3)}; s.add(H(2)); del s
def t_frozenset_clear():
    s = set(H(i) for i in range(12)); s.discard(next(iter(s))); s.clear()
def t_instance():
    class C: pass
    c = C(); c.a = D("a"); c.b = D("b"); c.c = D("c"); del c
def t_slots():
    class S:
        __slots__ = ("x", "y", "z")
    s = S(); s.x = D("x"); s.y = D("y"); s.z = D("z"); del s
def t_locals():
    a = D("a"); b = D("b"); c = D("c")
def t_deque():
    q = collections.deque(mk()); del q
def t_nested():
    l = [[D(0), D(1)], [D(2), D(3)]]; del l
def t_reassign():
    x = D("old"); x = D("new"); print("|", end=" ")
def t_pop():
    l = mk(); l.pop(); l.pop(0); print("|", end=" ")
def t_dict_overwrite():
    d = {"k": D("v1")}; d["k"] = D("v2"); print("|", end=" ")
def t_list_mul():
    l = [D("x")] * 3; del l
def t_gen_locals():
    def g():
        a = D("ga"); b = D("gb")
        yield 1
    it = g(); next(it); del it
def t_closure():
    def outer():
        a = D("ca"); b = D("cb")
        return lambda: (a, b)
    f = outer(); del f
def t_exception():
    try:
        x = D("exc_local")
        raise ValueError(D("exc_arg"))
    except ValueError:
        pass
def t_cycle():
    a = D("A"); b = D("B"); a.o = b; b.o = a
    del a, b
    gc.collect()
def t_sort():
    l = mk(); l.sort(key=lambda d: -d.n); del l
def t_od():
    d = collections.OrderedDict((i, D(i)) for i in range(4)); del d
def t_kwargs():
    def f(**kw): pass
    f(a=D("ka"), b=D("kb"))
def t_args():
    def f(*a): pass
    f(D("p0"), D("p1"), D("p2"))
for name, fn in list(globals().items()):
    if name.startswith("t_"):
        show(name, fn)
