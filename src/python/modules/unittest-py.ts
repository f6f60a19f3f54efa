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
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(type(self)), list(self))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        # A test that has run is dropped (so it can be freed); the count remembers it.
        try:
            test = self._tests[index]
        except TypeError:
            return
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _is_case(test):
    # Suites iterate; cases do not.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


class _ErrorHolder:
    # Stands in a result for a class or module fixture that failed.
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

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


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures around the tests it holds."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_case(test):
                cls = type(test)
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = cls
                if getattr(cls, '_classSetupFailed', False) or \
                        getattr(result, '_moduleSetUpFailed', False):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        cls = type(test)
        if cls == getattr(result, '_previousTestClass', None) or result._moduleSetUpFailed:
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        setup = getattr(cls, 'setUpClass', None)
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            if isinstance(result, _DebugResult):
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

    def _handleModuleFixture(self, test, result):
        name = type(test).__module__
        if name == _previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        setup = getattr(module, 'setUpModule', None) if module is not None else None
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            result._moduleSetUpFailed = True
            _fixture_error(result, e, 'setUpModule', name)
        if result._moduleSetUpFailed:
            try:
                doModuleCleanups()
            except Exception as e:
                _fixture_error(result, e, 'setUpModule', name)

    def _handleModuleTearDown(self, result):
        name = _previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                _fixture_error(result, e, 'tearDownModule', name)
        try:
            doModuleCleanups()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            _fixture_error(result, e, 'tearDownModule', name)

    def _tearDownPreviousClass(self, test, result):
        done = getattr(result, '_previousTestClass', None)
        if done is None or done == type(test):
            return
        if getattr(done, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(done, '__unittest_skip__', False):
            return
        teardown = getattr(done, 'tearDownClass', None)
        cleanups = getattr(done, 'doClassCleanups', None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                _fixture_error(result, e, 'tearDownClass', strclass(done))
        if cleanups is not None:
            cleanups()
            for info in done.tearDown_exceptions:
                if isinstance(result, _DebugResult):
                    raise info[1]
                _fixture_error(result, info[1], 'tearDownClass', strclass(done), info)


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
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            if first is None:
                first = e
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
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = []
        if testCaseClass not in (TestCase, FunctionTestCase):
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but %d were given'
                            % (len(args) + 1))
        kws.pop('use_load_tests', None)
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '%s'"
                            % sorted(kws)[0])
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and \
                    obj not in (TestCase, FunctionTestCase):
                found.append(self.loadTestsFromTestCase(obj))
        suite = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is not None:
            return hook(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = __import__(parts[0])
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase) and \
                obj not in (TestCase, FunctionTestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, type(_three_way_cmp)) and isinstance(parent, type) and \
                issubclass(parent, TestCase):
            test = parent(parts[-1])
            if not isinstance(getattr(test, parts[-1]), type(_three_way_cmp)):
                return self.suiteClass([test])
        elif isinstance(obj, TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % (obj,))
        made = obj()
        if isinstance(made, TestSuite):
            return made
        if isinstance(made, TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
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
            from functools import cmp_to_key
            names.sort(key=cmp_to_key(order))
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
