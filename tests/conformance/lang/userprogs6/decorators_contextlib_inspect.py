import functools, time, contextlib, inspect
def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco
calls = {"n": 0}
@retry(times=3)
def flaky(x):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"not yet ({calls['n']})")
    return x * 2
print(flaky(21), flaky.__name__, flaky.__wrapped__.__name__)
@retry(times=2, exceptions=(KeyError,))
def always(): raise KeyError("k")
try:
    always()
except RuntimeError as e:
    print("RuntimeError:", e, "<-", repr(e.__cause__))
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn, self.calls = fn, 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self, obj)
@CountCalls
def hello(name="world"): return f"hello {name}"
print(hello(), hello("bob"), hello.calls, hello.__name__)
class Svc:
    @CountCalls
    def ping(self): return "pong"
s = Svc(); print(s.ping(), s.ping(), Svc.ping.calls)
class Data:
    def __init__(self, vals): self.vals = vals
    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(self.vals)
d = Data([1, 2, 3]); print(d.total, d.total, "total" in vars(d)); del d.total; print(d.total)
@contextlib.contextmanager
def timer(label, log):
    start = 0
    log.append(f"enter {label}")
    try:
        yield log
    except ZeroDivisionError as e:
        log.append(f"swallowed {e}")
    finally:
        log.append(f"exit {label}")
log = []
with timer("a", log) as l:
    l.append("body")
with timer("b", log):
    1 / 0
print(log)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("in stack")
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
def sig_demo(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool: pass
sig = inspect.signature(sig_demo)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.return_annotation, sig.parameters["c"].kind)
print(sig.bind(1, c=3).arguments, inspect.isfunction(sig_demo), inspect.isgeneratorfunction(timer.__wrapped__), inspect.getdoc(Data))
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner
@memo
def grid_paths(r, c):
    if r == 0 or c == 0: return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
@functools.total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
print(sorted([Money(500), Money(150), Money(999)]), Money(1) >= Money(1), Money(2) > Money(1))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + "!")("  hi "))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
