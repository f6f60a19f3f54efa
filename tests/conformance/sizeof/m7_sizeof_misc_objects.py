import sys
import array
import collections
import types
import functools
import itertools
import io
import re
sz = sys.getsizeof

print("module sys", sz(sys), "module types", sz(types))
print("object()", sz(object()))
def f(a, b=1, *c, d, **e):
    x = a
    def g():
        return x
    return g
print("function", sz(f), "code", sz(f.__code__) > 0, "closure cell", sz(f(1, d=2).__closure__[0]))
print("lambda", sz(lambda: 0))
class C:
    def m(self):
        pass
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        pass
    @classmethod
    def cm(cls):
        pass
print("class", sz(C), "instance", sz(C()), "bound", sz(C().m), "property", sz(C.__dict__["p"]),
      "staticmethod", sz(C.__dict__["s"]), "classmethod", sz(C.__dict__["cm"]))
print("mappingproxy", sz(C.__dict__))
print("builtin fn", sz(len), "builtin method", sz([].append), "method-wrapper", sz((1).__add__),
      "wrapper_descriptor", sz(int.__add__), "method_descriptor", sz(list.append))
print("partial", sz(functools.partial(print, 1)))
print("slice", sz(slice(1, 2, 3)), "range", sz(range(10**20)), "Ellipsis", sz(...), "NotImplemented", sz(NotImplemented))
print("memoryview", sz(memoryview(b"abc")), sz(memoryview(bytearray(100))))
for tc in "bBhHiIlLqQfd":
    a = array.array(tc)
    sizes = [sz(a)]
    for i in range(20):
        a.append(1)
        sizes.append(sz(a))
    print("array", tc, sorted(set(sizes)))
a = array.array("i", range(100))
print("array from range", sz(a), sz(array.array("i", [1, 2, 3])), sz(array.array("u", "hello")))
dq = collections.deque()
sizes = [sz(dq)]
for i in range(200):
    dq.append(i)
    sizes.append(sz(dq))
print("deque", sorted(set(sizes)))
dq2 = collections.deque(range(100), maxlen=10)
print("deque maxlen", sz(dq2))
for i in range(200):
    dq.popleft()
print("deque drained", sz(dq))
print("OrderedDict", sz(collections.OrderedDict()), sz(collections.OrderedDict(a=1)))
print("defaultdict", sz(collections.defaultdict(list)), "Counter", sz(collections.Counter("abc")))
P = collections.namedtuple("P", "x y")
print("namedtuple", sz(P(1, 2)), "class", sz(P) > 0)
pat = re.compile("a+")
print("count", sz(itertools.count()), "cycle", sz(itertools.cycle([1])), "chain", sz(itertools.chain()))
print("enumerate", sz(enumerate([])), "zip", sz(zip()), "zip2", sz(zip([], [])), "map", sz(map(len, [])),
      "filter", sz(filter(None, [])), "reversed", sz(reversed([])), "iter list", sz(iter([])),
      "iter str", sz(iter("")), "iter dict", sz(iter({})), "dict items", sz({}.items()))
def gen():
    yield 1
async def co():
    pass
c = co()
print("generator", sz(gen()), "coroutine", sz(c))
c.close()
print("frame", sz(sys._getframe()) > 0)
try:
    raise ValueError
except ValueError as e:
    print("exception", sz(e), "traceback", sz(e.__traceback__))
print("cell", sz(types.CellType) > 0)
print("None", sz(None), "True", sz(True), "False", sz(False))
print("type", sz(type), "int", sz(int))
