# unittest.TestCase experiments on cycles: tracebacks and exc_info, exception self-cycles, closures,
# generators, type() classes, metaclasses, __eq__/__hash__ not run by the collector, collect in __del__.
import gc, sys, unittest, weakref

class Tracked:
    instances = 0
    def __init__(self):
        Tracked.instances += 1
    def __del__(self):
        Tracked.instances -= 1

class CycleTests(unittest.TestCase):
    def setUp(self):
        gc.collect()
        gc.disable()
    def tearDown(self):
        gc.enable()

    def test_traceback_cycle(self):
        def fail():
            x = Tracked()
            raise ValueError("x")
        try:
            fail()
        except ValueError as e:
            saved = e
        base = Tracked.instances
        del saved
        print("\n  after del saved:", Tracked.instances - base, end=" ")
        n = gc.collect()
        print("collect:", n, "left:", Tracked.instances - base, end=" ")

    def test_exc_info_kept(self):
        def fail():
            y = Tracked()
            1 / 0
        def catcher():
            try:
                fail()
            except ZeroDivisionError:
                info = sys.exc_info()
                return info
        base = Tracked.instances
        info = catcher()
        self.assertIs(info[0], ZeroDivisionError)
        print("\n  with exc_info kept:", Tracked.instances - base, end=" ")
        del info
        print("dropped:", Tracked.instances - base, "collect:", gc.collect(), Tracked.instances - base, end=" ")

    def test_exception_self_cycle(self):
        def handler():
            try:
                raise KeyError("k")
            except KeyError as e:
                err = e  # err -> e -> traceback -> frame -> err
            err.marker = Tracked()
            return weakref.ref(err.marker)
        r = handler()
        self.assertIsNotNone(r())
        found = gc.collect()
        self.assertIsNone(r())
        self.assertGreaterEqual(found, 3)

    def test_closure_cycle(self):
        def make():
            t = Tracked()
            def inner():
                return inner, t
            return inner
        f = make()
        del f
        self.assertEqual(Tracked.instances, 1)
        self.assertEqual(gc.collect(), 5)
        self.assertEqual(Tracked.instances, 0)

    def test_generator_cycle(self):
        def gen():
            me = yield
            t = Tracked()
            yield t
        g = gen()
        next(g)
        g.send(g)
        del g
        self.assertEqual(Tracked.instances, 1)
        gc.collect()
        self.assertEqual(Tracked.instances, 0)

    def test_class_cycles(self):
        before = gc.collect()
        for i in range(10):
            type(f"T{i}", (object,), {"i": i})
        n = gc.collect()
        self.assertEqual(n, 60)

    def test_metaclass_cycle(self):
        class Meta(type):
            registry = []
            def __new__(mcs, name, bases, ns):
                cls = super().__new__(mcs, name, bases, ns)
                mcs.registry.append(cls)
                return cls
        class A(metaclass=Meta): pass
        class B(A): pass
        r = weakref.ref(Meta)
        del A, B, Meta
        self.assertIsNotNone(r())
        n = gc.collect()
        self.assertIsNone(r())
        print("\n  metaclass collect:", n, end=" ")

    def test_eq_hash_during_collect(self):
        calls = []
        class Key:
            def __init__(self, n):
                self.n = n
                self.me = self
            def __hash__(self):
                calls.append("hash")
                return self.n
            def __eq__(self, other):
                calls.append("eq")
                return self.n == other.n
        d = {Key(1): 1, Key(2): 2}
        calls.clear()
        del d
        gc.collect()
        self.assertEqual(calls, [])

    def test_collect_in_del(self):
        log = []
        class Inner:
            def __del__(self):
                log.append(("inner collect", gc.collect()))
        class Outer:
            def __init__(self):
                self.me = self
                self.inner = Inner()
        o = Outer()
        del o
        log.append(("outer collect", gc.collect()))
        print("\n  log:", log, end=" ")

    def test_referrers(self):
        class Holder: pass
        target = Tracked()
        h = Holder()
        h.t = target
        lst = [target]
        refs = gc.get_referrers(target)
        kinds = sorted(type(r).__name__ for r in refs if r is not sys._getframe())
        print("\n  referrer kinds:", kinds, end=" ")
        self.assertIn(lst, refs)

    def test_referents(self):
        class S:
            __slots__ = ("a", "b")
        s = S()
        s.a = [1]
        s.b = "x"
        kinds = sorted(type(r).__name__ for r in gc.get_referents(s))
        print("\n  slots referents:", kinds, end=" ")
        def f(a=[]):
            return a
        print("\n  function referents:", sorted(type(r).__name__ for r in gc.get_referents(f)), end=" ")
        bm = Tracked().__init__
        print("\n  bound method referents:", sorted(type(r).__name__ for r in gc.get_referents(bm)), end=" ")
        print("\n  class referents:", sorted(type(r).__name__ for r in gc.get_referents(S)), end=" ")

if __name__ == "__main__":
    import io
    stream = io.StringIO()
    unittest.main(verbosity=2, exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    print()
    print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")))
