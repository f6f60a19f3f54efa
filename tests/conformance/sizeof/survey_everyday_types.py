import sys, array, collections, decimal, fractions, datetime, io, re, functools, itertools
def s(x): return sys.getsizeof(x)
L = []
out = []
for i in range(40):
    L.append(i); out.append(s(L))
print("append", out)
L2 = list(range(10)); out=[]
for i in range(10): L2.pop(); out.append(s(L2))
print("pop", out)
print("listcomp", [s([x for x in range(n)]) for n in range(12)])
print("list(range)", [s(list(range(n))) for n in range(12)])
print("mul", [s([0]*n) for n in range(12)])
ins = []; out=[]
for i in range(20): ins.insert(0, i); out.append(s(ins))
print("insert", out)
ex = []; out=[]
for i in range(10): ex.extend(range(i)); out.append(s(ex))
print("extend", out)
d = {}; out=[]
for i in range(50): d[i] = i; out.append(s(d))
print("dict", out)
for i in range(45): del d[i]
print("dict after del", s(d), s(dict(d)), s(d.copy()))
st = set(); out=[]
for i in range(40): st.add(i); out.append(s(st))
print("set", out)
print("frozenset", [s(frozenset(range(n))) for n in range(0, 40, 5)])
print("str", s(""), s("a"), s("abc"), s("é"), s("€"), s("😀"), s("a"*100), s("ab€"), s("x😀"))
print("bytes", s(b""), s(b"a"), s(b"abc"*10), s(bytearray()), s(bytearray(b"abc")), s(bytearray(100)))
ba = bytearray(); out=[]
for i in range(20): ba.append(i); out.append(s(ba))
print("bytearray append", out)
print("int", s(0), s(1), s(2**30-1), s(2**30), s(2**60), s(-2**100), s(True), s(10**100))
print("float complex", s(1.0), s(1j), s(None), s(...), s(NotImplemented))
print("tuple", [s(tuple(range(n))) for n in range(6)])
print("range slice", s(range(10)), s(slice(1,2)), s(iter([])), s(iter(())), s(iter(range(3))), s(reversed([])))
print("array", s(array.array('i')), s(array.array('i', range(10))), s(array.array('d', [1.0]*5)), s(array.array('b', b'abc')))
print("deque", s(collections.deque()), s(collections.deque(range(100))), s(collections.deque(range(1000))))
print("od", s(collections.OrderedDict()), s(collections.OrderedDict.fromkeys(range(10))))
print("counter", s(collections.Counter()), s(collections.Counter("abracadabra")))
print("defaultdict", s(collections.defaultdict(list)))
P = collections.namedtuple("P", "x y")
print("namedtuple", s(P(1, 2)))
print("decimal fraction", s(decimal.Decimal("1.5")), s(fractions.Fraction(1, 3)))
print("datetime", s(datetime.date(2020,1,1)), s(datetime.datetime(2020,1,1)), s(datetime.timedelta(1)))
print("io", s(io.StringIO()), s(io.StringIO("abc")))
print("re", s(re.compile("a+")) > 0)
print("func", s(lambda: 0), s(functools.partial(print, 1)), s(len), s([].append), s(str.join))
class C:
    def m(self): pass
class Sl:
    __slots__ = ("a", "b")
c = C()
print("inst", s(c), s(Sl()), s(c.__dict__), s(C.m), s(c.m), s(C), s(type))
c.x = 1
print("inst dict", s(c.__dict__), s(vars(c)))
print("gen", s((x for x in [])), s(iter({})), s({}.keys()), s({}.items()), s(zip()), s(map(len, [])), s(enumerate([])))
print("itertools", s(itertools.count()), s(itertools.chain()), s(itertools.repeat(1)))
print("mod", s(sys) > 0, s(property()), s(staticmethod(len)), s(classmethod(len)), s(super()) if False else 0)
import weakref
print("weakref", s(weakref.ref(c)), s(weakref.proxy(c)), s(memoryview(b"ab")))
print("exc", s(Exception()), s(ValueError("x")), s(KeyError()), s(StopIteration()), s(OSError()), s(SyntaxError()))
print("cell", s((lambda: c).__closure__[0]) if (lambda: c).__closure__ else 0)
print("re match", s(re.match("a", "a")), s(re.match("a(b)(c)", "abc")), s(re.search("(?P<x>a)|(b)", "b")))
