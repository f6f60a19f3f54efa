import gc, collections
gc.collect()
class SD(dict): pass
class SL(list): pass
class SS(set): pass
class SF(frozenset): pass
class ST(tuple): pass
class SQ(collections.deque): pass
class SO(collections.OrderedDict): pass
class SDD(collections.defaultdict): pass
gc.disable()
def run(label, f):
    for i in range(3):
        f()
    c0 = gc.get_count()[0]
    for i in range(20):
        f()
    print(label, gc.get_count()[0] - c0)
s = None
tests = {
 "SD()": lambda: SD(), "SD(a=1)": lambda: SD(a=1), "SD({1:2})": lambda: SD({1: 2}), "SD([(1,2)])": lambda: SD([(1, 2)]),
 "dict({1:2})": lambda: dict({1: 2}), "dict([(1,2)])": lambda: dict([(1, 2)]), "dict()": lambda: dict(),
 "SL()": lambda: SL(), "SL([1])": lambda: SL([1]), "list()": lambda: list(), "list([1])": lambda: list([1]),
 "SS()": lambda: SS(), "SS([1])": lambda: SS([1]), "set()": lambda: set(), "set([1])": lambda: set([1]),
 "SF([1])": lambda: SF([1]), "ST((1,))": lambda: ST((1,)), "SQ([1])": lambda: SQ([1]),
 "SO()": lambda: SO(), "SDD(list)": lambda: SDD(list), "{}": lambda: {}, "[]": lambda: [],
}
for k, f in tests.items():
    def g(f=f):
        global s
        s = f()
    run(k, g)
    s = None
