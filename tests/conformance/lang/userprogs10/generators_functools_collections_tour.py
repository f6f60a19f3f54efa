import functools, itertools, operator, contextlib, io, sys, heapq, bisect, collections, queue
def averager():
    total = n = 0; avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print('reset because', e); total = n = 0; avg = None; continue
        if x is None: break
        total += x; n += 1; avg = total / n
    return (n, avg)
g = averager(); next(g)
print(g.send(10), g.send(20))
print(g.throw(ValueError('bad')))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print('done', e.value)
def deleg():
    r = yield from averager()
    print('sub returned', r)
    yield 'after'
d = deleg(); next(d); d.send(3); print(d.send(None))
d.close()
class Temp:
    def __init__(self, v): self.v = v
    @functools.cached_property
    def expensive(self):
        print('computing'); return self.v * 2
    @functools.singledispatchmethod
    def show(self, arg): return f'obj {arg!r}'
    @show.register
    def _(self, arg: int): return f'int {arg}'
    @show.register(list)
    def _(self, arg): return f'list of {len(arg)}'
t = Temp(4); print(t.expensive, t.expensive, t.show(1), t.show([1, 2]), t.show('s'))
@functools.total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f'${self.c}'
print(Money(3) >= Money(2), Money(1) > Money(2), sorted([Money(5), Money(1)]), max(Money(2), Money(9)))
@functools.lru_cache(maxsize=3)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
p = functools.partial(int, base=2); print(p('101'), p.func, p.keywords, functools.reduce(operator.mul, range(1, 6), 1))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(x: int) -> str:
    'doc here'
    return str(x)
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__)
data = [('a', 1), ('b', 2), ('a', 3), ('c', 4), ('b', 5)]
for k, grp in itertools.groupby(sorted(data), key=operator.itemgetter(0)):
    print(k, [v for _, v in grp])
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.pairwise('abcd')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.compress('abcd', [1, 0, 1, 0])))
def grouper(it, n):
    args = [iter(it)] * n
    return list(itertools.zip_longest(*args))
print(grouper('abcdefg', 3), list(itertools.combinations_with_replacement('ab', 2)), len(list(itertools.permutations(range(4), 2))))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.product('ab', repeat=2)), list(itertools.filterfalse(None, [0, 1, '', 'x'])), next(itertools.count(5, 2.5)))
with contextlib.suppress(KeyError):
    {}['x']
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cleanup', i)
    print('inside stack')
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>'); 
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as T, tag('i'):
    print('text', T)
with contextlib.nullcontext(5) as v: print(v)
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()): pass
h = []; [heapq.heappush(h, (p, s)) for p, s in [(3, 'c'), (1, 'a'), (2, 'b')]]
print(heapq.heappop(h), heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, 'hello'), list(heapq.merge([1, 4], [2, 3])))
s = [1, 3, 3, 7]; print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 10)); bisect.insort(s, 4); print(s)
q = queue.PriorityQueue(); [q.put(x) for x in [(2, 'b'), (1, 'a')]]; print(q.get(), q.qsize(), q.empty())
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('empty')
c = collections.Counter('mississippi'); print(c.most_common(2), c['s'], sorted(c.elements())[:4], c - collections.Counter('ss'), c.total())
dq = collections.deque(range(5), maxlen=4); dq.rotate(1); print(dq, dq.maxlen); dq.appendleft(9); print(dq)
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'z': 0}))
Pt = collections.namedtuple('Pt', 'x y', defaults=[0]); print(Pt(1), Pt._field_defaults)
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, od.popitem(last=False))
dd = collections.defaultdict(list); dd['k'].append(1); print(dd, dict(dd))
print(operator.attrgetter('real', 'imag')(3 + 4j), operator.methodcaller('upper')('x'), operator.itemgetter(slice(1, 3))('abcd'))
