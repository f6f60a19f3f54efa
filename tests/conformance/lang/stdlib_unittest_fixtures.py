# Fixtures that fail, cleanups, buffered output, FunctionTestCase, loading by name, suites
# after a run (tests are dropped once run, so they can be freed), and the objects' reprs.
import gc
import io
import re
import sys
import unittest
import weakref


def run(*tests, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, **kw).run(unittest.TestSuite(tests))
    print(re.sub(r'in \d+\.\d{3}s', 'in T', buf.getvalue()), end='')
    return result


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup ran')
        raise ValueError('no database')

    def test_never(self):
        print('never printed')


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError('teardown broke')

    def test_ok(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no network')

    def test_a(self):
        pass


class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup after failed setUp')
        raise KeyError('setup')

    def tearDown(self):
        print('tearDown must not run')

    def test_x(self):
        pass


class BadCleanup(unittest.TestCase):
    def test_y(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(print, 'second cleanup runs first')


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden output')

    def test_loud_fail(self):
        print('shown because it failed')
        sys.stderr.write('err text\n')
        self.fail('nope')


class Ctx:
    def __enter__(self):
        print('enter')
        return 42

    def __exit__(self, *exc):
        print('exit', exc)
        return False


class UsesContext(unittest.TestCase):
    def test_ctx(self):
        value = self.enterContext(Ctx())
        print('value', value)


run(BadSetUpClass('test_never'))
run(BadTearDownClass('test_ok'))
run(SkipInSetUpClass('test_a'), verbosity=2)
run(BadSetUp('test_x'))
run(BadCleanup('test_y'))
run(Noisy('test_quiet_pass'), Noisy('test_loud_fail'), buffer=True)
run(UsesContext('test_ctx'))
try:
    UsesContext('test_ctx').enterContext(object())
except TypeError as e:
    print('TypeError', e)


def check_func():
    """Checks a function."""
    assert 1 + 1 == 2


def failing_func():
    raise AssertionError('plain assert failed')


ft = unittest.FunctionTestCase(check_func, setUp=lambda: print('ft setUp'),
                               tearDown=lambda: print('ft tearDown'))
print(ft, repr(ft) .startswith('<unittest.case.FunctionTestCase tec=<function check_func'),
      ft.id(), ft.shortDescription(), ft.countTestCases())
run(ft, unittest.FunctionTestCase(failing_func, description='custom description'), verbosity=2)

print('--- names and reprs')
loader = unittest.TestLoader()
suite = loader.loadTestsFromName('Noisy.test_quiet_pass', sys.modules[__name__])
print(suite, suite.countTestCases())
suite = loader.loadTestsFromNames(['Noisy', 'BadSetUp.test_x'], sys.modules[__name__])
print(suite.countTestCases(), [t.countTestCases() for t in suite])
missing = loader.loadTestsFromName('Missing', sys.modules[__name__])
print(missing, len(loader.errors), loader.errors[0].splitlines()[0])
run(missing, loader.loadTestsFromName('Noisy.test_nothing', sys.modules[__name__]))
t = Noisy('test_quiet_pass')
print(repr(t), str(t), t.id(), t == Noisy('test_quiet_pass'), t == Noisy('test_loud_fail'),
      hash(t) == hash(Noisy('test_quiet_pass')))
try:
    Noisy('test_missing')
except ValueError as e:
    print('ValueError', e)
print(unittest.TestCase, unittest.TestSuite, unittest.TestLoader, unittest.TextTestRunner,
      unittest.TestResult, unittest.TextTestResult, unittest.SkipTest, unittest.main)
print(unittest.TestResult())
print(isinstance(unittest.defaultTestLoader, unittest.TestLoader))
try:
    unittest.TestSuite().addTest(Noisy)
except TypeError as e:
    print('TypeError', e)
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print('TypeError', e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print('TypeError', e)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError', e)

print('--- tests are released after a run')
s = loader.loadTestsFromTestCase(Noisy)
refs = [weakref.ref(x) for x in s]
print(s.countTestCases())
r = unittest.TestResult()
s.run(r)
gc.collect()
print([x() is None for x in refs], s.countTestCases(), list(s), r.testsRun, len(r.failures))

print('--- plain TestResult and run() without a result')
r = Noisy('test_quiet_pass').run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
r = unittest.TestResult()
BadSetUpClass('test_never').run(r)
print(r.testsRun, len(r.errors))
print('--- debug()')
try:
    BadSetUp('test_x').debug()
except KeyError as e:
    print('KeyError', e)
