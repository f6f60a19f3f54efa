// pymm's unittest module, written in Python and run at `import unittest` as one source,
// `<frozen unittest>`, made of: the text comparisons (unittest-diff-py.ts), the run and
// assert machinery (unittest-case-py.ts), TestCase (unittest-testcase-py.ts), the suites and
// the loader (this file) and the results, runner and main() (unittest-runner-py.ts). It
// follows the behaviour of CPython 3.11's unittest package; frames of this source are left
// out of failure tracebacks as CPython leaves out those of modules marked `__unittest`.

import { UNITTEST_CASE_PY } from './unittest-case-py.js';
import { UNITTEST_DIFF_PY } from './unittest-diff-py.js';
import { UNITTEST_RUNNER_PY } from './unittest-runner-py.js';
import { UNITTEST_TESTCASE_PY } from './unittest-testcase-py.js';

const SUITE_PY = String.raw`
class BaseTestSuite:
    """An ordered collection of tests (cases or suites), run one after the other."""
    __module__ = 'unittest.suite'
    _cleanup = True

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(type(self)), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        """The number of test cases in the suite, those already run included."""
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        """Append test: a TestCase or TestSuite instance, or any callable taking a result."""
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        """addTest for each test of an iterable."""
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for one in tests:
            self.addTest(one)

    def run(self, result):
        """Run the tests in order into result, until result.shouldStop; returns result."""
        for at, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._done_with(at)
        return result

    def _done_with(self, at):
        # A test that has run is dropped, so that it can be freed; the count keeps it.
        if not self._cleanup:
            return
        try:
            test = self._tests[at]
        except TypeError:
            return
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[at] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        for test in self:
            test.debug()


class _Debugging:
    # The result TestSuite.debug runs with: fixtures' exceptions propagate.
    shouldStop = False
    _moduleSetUpFailed = False
    _previousTestClass = None


class _ErrorHolder:
    # Stands in a result for a class or module fixture that failed.
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def shortDescription(self):
        return None

    def run(self, result):
        return None

    __call__ = run

    def countTestCases(self):
        return 0


def _fixture_error(result, exc, what, where, info=None):
    # Report an exception from setUpClass, tearDownModule, ... as an error (or a skip).
    holder = _ErrorHolder('%s (%s)' % (what, where))
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(exc, SkipTest):
        add_skip(holder, str(exc))
    else:
        result.addError(holder, info or (type(exc), exc, exc.__traceback__))


def _is_case(test):
    # Suites iterate; cases do not.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpModule/setUpClass and their teardowns around its tests."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        """Run the tests, with class and module fixtures as the class or module changes."""
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for at, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_case(test) and not self._fixtures_before(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            self._done_with(at)
        if outermost:
            self._class_done(None, result)
            self._module_done(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_Debugging(), True)

    def _fixtures_before(self, test, result):
        # Tear down the previous class (and module) and set up test's if they changed;
        # False when test must not run because a setUpClass or setUpModule failed.
        cls = type(test)
        self._class_done(test, result)
        self._module_start(test, result)
        self._class_start(test, result)
        result._previousTestClass = cls
        return not (getattr(cls, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def _class_start(self, test, result):
        cls = type(test)
        if cls == getattr(result, '_previousTestClass', None) or result._moduleSetUpFailed:
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        start = getattr(cls, 'setUpClass', None)
        if start is None:
            return
        try:
            start()
        except Exception as e:
            if isinstance(result, _Debugging):
                raise
            try:
                cls._classSetupFailed = True
            except TypeError:
                pass
            _fixture_error(result, e, 'setUpClass', strclass(cls))
            if getattr(cls, 'doClassCleanups', None) is not None:
                cls.doClassCleanups()
                for info in cls.tearDown_exceptions:
                    _fixture_error(result, info[1], 'setUpClass', strclass(cls), info)

    def _class_done(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if cls is None or cls == type(test):
            return
        if getattr(cls, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        debugging = isinstance(result, _Debugging)
        finish = getattr(cls, 'tearDownClass', None)
        if finish is not None:
            try:
                finish()
            except Exception as e:
                if debugging:
                    raise
                _fixture_error(result, e, 'tearDownClass', strclass(cls))
        if getattr(cls, 'doClassCleanups', None) is not None:
            cls.doClassCleanups()
            for info in cls.tearDown_exceptions:
                if debugging:
                    raise info[1]
                _fixture_error(result, info[1], 'tearDownClass', strclass(cls), info)

    def _module_start(self, test, result):
        name = type(test).__module__
        if name == _previous_module(result):
            return
        self._module_done(result)
        result._moduleSetUpFailed = False
        start = getattr(sys.modules.get(name), 'setUpModule', None)
        if start is None:
            return
        try:
            start()
        except Exception as e:
            if isinstance(result, _Debugging):
                raise
            result._moduleSetUpFailed = True
            _fixture_error(result, e, 'setUpModule', name)
        if not result._moduleSetUpFailed:
            return
        try:
            doModuleCleanups()
        except Exception as e:
            _fixture_error(result, e, 'setUpModule', name)

    def _module_done(self, result):
        name = _previous_module(result)
        if name is None or result._moduleSetUpFailed or name not in sys.modules:
            return
        debugging = isinstance(result, _Debugging)
        finish = getattr(sys.modules[name], 'tearDownModule', None)
        for step in (finish, doModuleCleanups):
            if step is None:
                continue
            try:
                step()
            except Exception as e:
                if debugging:
                    raise
                _fixture_error(result, e, 'tearDownModule', name)


def _previous_module(result):
    cls = getattr(result, '_previousTestClass', None)
    return None if cls is None else cls.__module__


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to run after the module's tests (last in, first out)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm now and exit it as a module cleanup; returns what __enter__ returned."""
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups; the first exception any of them raised is raised again."""
    first = None
    while _module_cleanups:
        call, args, kwargs = _module_cleanups.pop()
        try:
            call(*args, **kwargs)
        except Exception as e:
            first = e if first is None else first
    if first is not None:
        raise first


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


def _glob_match(name, pattern):
    # fnmatch.fnmatchcase: * ? [seq] [!seq] against the whole name.
    import re
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i + 1 if pattern[i:i + 1] == '!' else i
            j = pattern.find(']', j + 1 if pattern[j:j + 1] == ']' else j)
            if j < 0:
                out.append('\\[')
                continue
            body = pattern[i:j].replace('\\', '\\\\')
            i = j + 1
            if body[:1] == '!':
                body = '^' + body[1:]
            elif body[:1] in ('^', '['):
                body = '\\' + body
            out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return re.fullmatch(''.join(out), name, re.S) is not None


def _is_test_class(obj):
    # A TestCase subclass that can hold tests (TestCase and FunctionTestCase themselves cannot).
    return isinstance(obj, type) and issubclass(obj, TestCase) and \
        obj is not TestCase and obj is not FunctionTestCase


class _FailedTest(TestCase):
    # What the loader makes of a name it could not load: running it raises the error.
    __module__ = 'unittest.loader'
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


class TestLoader:
    """Builds suites from test case classes, modules and dotted names."""
    __module__ = 'unittest.loader'
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = []
        if testCaseClass is not TestCase and testCaseClass is not FunctionTestCase:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module (or what its load_tests returns)."""
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but %d were given'
                            % (len(args) + 1))
        unknown = sorted(k for k in kws if k != 'use_load_tests')
        if unknown:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '%s'"
                            % unknown[0])
        classes = [v for v in (getattr(module, k) for k in dir(module)) if _is_test_class(v)]
        suite = self.suiteClass([self.loadTestsFromTestCase(c) for c in classes])
        hook = getattr(module, 'load_tests', None)
        return suite if hook is None else hook(self, suite, pattern)

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name gives: a module, class, method, suite or test factory."""
        parts = name.split('.')
        if module is None:
            try:
                module = __import__(parts[0])
            except ImportError as e:
                text = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
                return self._failed(parts[0], ImportError(text), text)
            del parts[0]
        holder, found = None, module
        for part in parts:
            holder = found
            try:
                found = getattr(found, part)
            except AttributeError as e:
                return self._failed(part, e, 'Failed to access attribute:\n' + traceback.format_exc())
        plain_function = type(_three_way_cmp)
        if isinstance(found, type(sys)):
            return self.loadTestsFromModule(found)
        if _is_test_class(found):
            return self.loadTestsFromTestCase(found)
        if isinstance(found, plain_function) and isinstance(holder, type) and \
                issubclass(holder, TestCase):
            case = holder(parts[-1])
            if not isinstance(getattr(case, parts[-1]), plain_function):
                return self.suiteClass([case])
        elif isinstance(found, TestSuite):
            return found
        if not callable(found):
            raise TypeError("don't know how to make test from: %s" % (found,))
        made = found()
        if isinstance(made, TestSuite):
            return made
        if isinstance(made, TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (found, made))

    def _failed(self, name, exc, text):
        # A name that could not be loaded becomes a test that raises exc.
        self.errors.append(text)
        return self.suiteClass((_FailedTest(name, exc),))

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName's suites, one per name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods (prefix and -k patterns applied)."""
        prefix, patterns = self.testMethodPrefix, self.testNamePatterns

        def wanted(name):
            if not name.startswith(prefix) or not callable(getattr(testCaseClass, name)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(_glob_match(full, p) for p in patterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        order = self.sortTestMethodsUsing
        if order is _three_way_cmp:
            names.sort()
        elif order:
            import functools
            names.sort(key=functools.cmp_to_key(order))
        return names


defaultTestLoader = TestLoader()


def _loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.sortTestMethodsUsing = sortUsing
    made.testMethodPrefix = prefix
    made.testNamePatterns = testNamePatterns
    if suiteClass is not None:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way_cmp, testNamePatterns=None):
    """The test method names of testCaseClass (deprecated in CPython 3.11)."""
    return _loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(
        testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way_cmp, suiteClass=TestSuite):
    """A suite of testCaseClass's tests (deprecated in CPython 3.11)."""
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_three_way_cmp, suiteClass=TestSuite):
    """A suite of the tests in module (deprecated in CPython 3.11)."""
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
`;

/** The Python source of the whole module, run as `<frozen unittest>`. */
export const UNITTEST_PY = `import sys
import time
import traceback

__unittest = True
${UNITTEST_DIFF_PY}${UNITTEST_CASE_PY}${UNITTEST_TESTCASE_PY}${SUITE_PY}${UNITTEST_RUNNER_PY}`;
