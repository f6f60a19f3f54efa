# Running tests: TextTestRunner's report (dots, letters, verbose lines, the ERROR/FAIL
# blocks with tracebacks, the summary), fixtures and their order, skips, expected failures,
# subTest, cleanups, and unittest.main(exit=False). The report goes to a StringIO; only the
# run time, which varies, is replaced.
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass ' + cls.__name__)

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass ' + cls.__name__)

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_add(self):
        """Adding two numbers."""
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        {}['missing']

    def test_fail_msg(self):
        self.assertTrue(False, 'flag not set')

    @unittest.skip('not ready')
    def test_skipped(self):
        log.append('never')

    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, 'condition false')
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_sub_msg(self):
        with self.subTest('named', k='v'):
            raise RuntimeError('inside subtest')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Plain(unittest.TestCase):
    def test_one(self):
        pass

    def helper(self):
        pass

    def test_two(self):
        self.assertIn(3, [1, 2])


def run(suite, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, **kw).run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d{3}s', r'Ran \1 tests in T', buf.getvalue())
    print(text, end='')
    return result


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arith))
suite = loader.loadTestsFromTestCase(Arith)
print(suite.countTestCases(), type(suite).__name__)
result = run(suite)
print(result)
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
      len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
for test, reason in result.skipped:
    print('skipped', test.id(), repr(reason))
for test, tb in result.failures:
    print('failure of', test, '| last line:', tb.strip().splitlines()[-1])
print(log)
del log[:]

print('=== verbose')
run(unittest.TestSuite([loader.loadTestsFromTestCase(Plain),
                        loader.loadTestsFromTestCase(Skipped),
                        Arith('test_add'), Arith('test_sub')]), verbosity=2)
print(log)

print('=== quiet')
run(unittest.TestSuite([Plain('test_one'), Plain('test_two')]), verbosity=0)

print('=== all pass')
run(unittest.TestSuite([Plain('test_one')]))
run(unittest.TestSuite())

print('=== failfast')
r = run(loader.loadTestsFromTestCase(Arith), failfast=True)
print(r.testsRun)

print('=== main')
for argv, extra in ((['prog'], {}), (['prog', '-v', 'Plain'], {}), (['prog', 'Plain.test_one'], {}),
                    (['prog', '-k', 'two'], {}), (['prog'], {'defaultTest': 'Plain'})):
    buf = io.StringIO()
    prog = unittest.main(argv=argv, exit=False, testRunner=unittest.TextTestRunner(stream=buf), **extra)
    out = re.sub(r'in \d+\.\d{3}s', 'in T', buf.getvalue())
    print(argv, prog.result.testsRun, prog.result.wasSuccessful())
    print(out.splitlines()[0], '|', out.splitlines()[-1])
buf = io.StringIO()
try:
    unittest.main(argv=['prog', 'Plain'], testRunner=unittest.TextTestRunner(stream=buf))
except SystemExit as e:
    print('SystemExit', e.code)
buf = io.StringIO()
try:
    unittest.main(argv=['prog', 'Plain.test_one'], testRunner=unittest.TextTestRunner(stream=buf))
except SystemExit as e:
    print('SystemExit', e.code)
