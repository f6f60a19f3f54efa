// The TestCase class of pymm's unittest module (Python source, the third part of
// `<frozen unittest>`): construction, identity, fixtures and cleanups, run() with subtests
// and expected failures, and every assert* method with CPython 3.11's messages. The class
// behaves as CPython 3.11's unittest.TestCase (without assertWarns/assertLogs).

/** Python source: TestCase, _SubTest and FunctionTestCase. */
export const UNITTEST_TESTCASE_PY = String.raw`
class TestCase:
    """One test: an instance runs the method named by methodName."""
    __module__ = 'unittest.case'
    failureException = AssertionError
    longMessage = True
    maxDiff = 640
    _diffThreshold = 65536

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName, self._outcome, self._subtest = methodName, None, None
        self._cleanups = []
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            # Only the default name may be missing (TestCase() works, for its assert methods).
            if methodName == 'runTest':
                self._testMethodDoc = 'No test'
            else:
                raise ValueError('no such test method in %s: %s' % (type(self), methodName))
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual call function (or the method it names) on two values of typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, even if setUp failed (last added, first run)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm now and exit it as a cleanup; returns what __enter__ returned."""
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, run after tearDownClass (or a failed setUpClass)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enter cm now and exit it as a class cleanup."""
        return _enter(cm, cls.addClassCleanup)

    def setUp(self):
        """Runs before each test method."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the class's first test."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the class's last test."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        if self._testMethodDoc:
            return self._testMethodDoc.strip().split('\n')[0].strip()
        return None

    def id(self):
        return strclass(type(self)) + '.' + self._testMethodName

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return '%s (%s.%s)' % (name, strclass(type(self)), name)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(type(self)), self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        return _SubTestBlock(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        """Run the test, reporting to result (a fresh defaultTestResult() if None); returns it."""
        own = result is None
        if own:
            result = self.defaultTestResult()
            _call_hook(result, 'startTestRun')
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(self, method)
            if reason is None:
                self._run_parts(result, method)
            else:
                _report_skip(result, self, reason)
            return result
        finally:
            result.stopTest(self)
            if own:
                _call_hook(result, 'stopTestRun')

    def _run_parts(self, result, method):
        # setUp, the method, tearDown and the cleanups, each guarded; then the verdict.
        expecting = (getattr(self, '__unittest_expecting_failure__', False)
                     or getattr(method, '__unittest_expecting_failure__', False))
        outcome = self._outcome = _Outcome(result)
        guard = outcome.testPartExecutor
        try:
            with guard(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = expecting
                with guard(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with guard(self):
                    self._callTearDown()
            self.doCleanups()
            if not outcome.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif outcome.expectedFailure:
                failure = outcome.expectedFailure
                self._addExpectedFailure(result, failure)
            else:
                self._addUnexpectedSuccess(result)
        finally:
            # The saved exception's frames refer back to this one: let both go now.
            outcome.expectedFailure = outcome = self._outcome = None

    def _addExpectedFailure(self, result, exc_info):
        report = getattr(result, 'addExpectedFailure', None)
        if report is None:
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        report = getattr(result, 'addUnexpectedSuccess', None)
        if report is not None:
            report(self)
            return
        try:
            raise _UnexpectedSuccess
        except _UnexpectedSuccess as e:
            result.addFailure(self, (type(e), e, e.__traceback__))

    def doCleanups(self):
        """Run the cleanups (last added first), reporting what they raise; True if all passed."""
        outcome = self._outcome
        if outcome is None:
            outcome = _Outcome()
        guard, stack = outcome.testPartExecutor, self._cleanups
        while stack:
            call, args, kwargs = stack.pop()
            with guard(self):
                self._callCleanup(call, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; what they raise is kept in cls.tearDown_exceptions."""
        raised = cls.tearDown_exceptions = []
        stack = cls._class_cleanups
        while stack:
            call, args, kwargs = stack.pop()
            try:
                call(*args, **kwargs)
            except Exception as e:
                raised.append((type(e), e, e.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result: exceptions propagate to the caller."""
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        stack = self._cleanups
        while stack:
            call, args, kwargs = stack.pop()
            self._callCleanup(call, *args, **kwargs)

    def skipTest(self, reason):
        """Skip the running test, giving reason."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the running test with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return standardMsg if not msg else msg
        return standardMsg if msg is None else standardMsg + ' : ' + str(msg)

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + ('\nDiff is %d characters long. Set self.maxDiff to None to see it.'
                          % len(diff))

    def _check(self, ok, msg, text):
        # Fail with text (and the user's msg) unless ok.
        if not ok:
            raise self.failureException(self._formatMessage(msg, text))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._check(False, msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self._check(False, msg, '%s is not false' % safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the call (or the with-block) raises expected_exception."""
        return _RaisesCheck(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """The block (or the call) must issue a warning of expected_warning's category."""
        return _WarnsCheck(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, and the warning's text must match expected_regex."""
        check = _WarnsCheck(expected_warning, self, expected_regex)
        return check.handle('assertWarnsRegex', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and the exception's text must match expected_regex."""
        check = _RaisesCheck(expected_exception, self, expected_regex)
        return check.handle('assertRaisesRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first, second):
        kind = type(first)
        if kind == type(second):
            special = self._type_equality_funcs.get(kind)
            if isinstance(special, str):
                return getattr(self, special)
            if special is not None:
                return special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._check(False, msg, '%s != %s' % _pair_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a detailed report for lists, dicts, str ...)."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            self._check(False, msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second agree to places decimals (7) or within delta."""
        if first == second:
            return
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is None:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        elif gap <= delta:
            return
        else:
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        self._check(False, msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second agree to places decimals (7) or within delta."""
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is None:
            places = 7 if places is None else places
            if not first == second and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        elif not first == second and gap > delta:
            return
        else:
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        self._check(False, msg, text)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the sequences are equal item by item (and of seq_type, if given)."""
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for label, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (label, kind, safe_repr(seq)))
        text = _sequence_report(seq1, seq2, seq_type, kind)
        if text is not None:
            self.fail(self._formatMessage(msg, self._truncateMessage(text, _diff_of(seq1, seq2))))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the sets hold the same items; lists the items only one of them has."""
        extra = []
        for label, one, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                extra.append(one.difference(other))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s' % (label, e))
        lines = []
        for items, side, other in zip(extra, ('first', 'second'), ('second', 'first')):
            if items:
                lines.append('Items in the %s set but not the %s:' % (side, other))
                lines += [repr(x) for x in items]
        if lines:
            self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member in container:
            return
        self._check(False, msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self._check(False, msg, '%s unexpectedly found in %s'
                        % (safe_repr(member), safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self._check(False, msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self._check(False, msg, 'unexpectedly identical: %s' % safe_repr(expr1))

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless the dicts are equal; the report diffs their pretty-printed forms."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % _pair_reprs(d1, d2)
            self.fail(self._formatMessage(msg, self._truncateMessage(text, _diff_of(d1, d2))))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the iterables hold the same items the same number of times, in any order."""
        left, right = list(first), list(second)
        try:
            lines = _count_by_hash(left, right)
        except TypeError:
            lines = _count_by_eq(left, right)
        if lines:
            text = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the strings are equal; the report diffs them line by line."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        a, b = first.splitlines(True), second.splitlines(True)
        if len(a) == 1 and first.strip('\r\n') == first:
            # One line without an end: compare it as if it had one.
            a, b = [first + '\n'], [second + '\n']
        text = self._truncateMessage('%s != %s' % _pair_reprs(first, second),
                                     '\n' + ''.join(_line_diff(a, b)))
        self.fail(self._formatMessage(msg, text))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self._check(False, msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self._check(False, msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self._check(False, msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self._check(False, msg, '%s not greater than or equal to %s'
                        % (safe_repr(a), safe_repr(b)))

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self._check(False, msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self._check(False, msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if isinstance(obj, cls):
            return
        self._check(False, msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self._check(False, msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its text) is found in text."""
        pattern = _regex(expected_regex)
        if not pattern.search(text):
            self._check(False, msg, "Regex didn't match: %r not found in %r"
                        % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text."""
        pattern = _regex(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._check(False, msg, 'Regex matched: %r matches %r in %r'
                        % (found.group(), pattern.pattern, text))

    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnlessAlmostEqual = assertAlmostEquals = assertAlmostEqual
    failIfAlmostEqual = assertNotAlmostEquals = assertNotAlmostEqual
    failUnless = assert_ = assertTrue
    failUnlessRaises = assertRaises
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


def _diff_of(one, two):
    # '\n' and the ndiff of the two values' pretty-printed lines.
    return '\n' + '\n'.join(_line_diff(_pretty(one).splitlines(), _pretty(two).splitlines()))


def _one_tolerance(places, delta):
    if places is not None and delta is not None:
        raise TypeError('specify delta or places not both')


def _call_hook(result, name):
    hook = getattr(result, name, None)
    if hook is not None:
        hook()


def _count_by_hash(left, right):
    # assertCountEqual's report lines for hashable items (raises TypeError otherwise).
    counts = ({}, {})
    for side, items in zip(counts, (left, right)):
        for x in items:
            side[x] = side.get(x, 0) + 1
    mine, theirs = counts
    if mine == theirs:
        return []
    rows = [(n, theirs.get(x, 0), x) for x, n in mine.items() if n != theirs.get(x, 0)]
    rows += [(0, n, x) for x, n in theirs.items() if x not in mine]
    return ['First has %d, Second has %d:  %r' % row for row in rows]


def _count_by_eq(left, right):
    # The same for unhashable items, comparing with ==.
    tally = []
    for item in left + right:
        for entry in tally:
            if entry[2] == item:
                break
        else:
            tally.append((sum(1 for x in left if x == item), sum(1 for x in right if x == item),
                          item))
    return ['First has %d, Second has %d:  %r' % row for row in tally if row[0] != row[1]]


def _sequence_report(seq1, seq2, seq_type, kind):
    # assertSequenceEqual's text before the diff, or None when the sequences count as equal.
    sizes = []
    for label, seq in (('First', seq1), ('Second', seq2)):
        try:
            sizes.append(len(seq))
        except (NotImplementedError, TypeError):
            return '%s %s has no length.    Non-sequence?' % (label, kind)
    n1, n2 = sizes
    if seq1 == seq2:
        return None
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _pair_reprs(seq1, seq2))
    unreadable = (TypeError, IndexError, NotImplementedError)
    for i in range(min(n1, n2)):
        try:
            x = seq1[i]
        except unreadable:
            text += '\nUnable to index element %d of first %s\n' % (i, kind)
            break
        try:
            y = seq2[i]
        except unreadable:
            text += '\nUnable to index element %d of second %s\n' % (i, kind)
            break
        if x != y:
            text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _pair_reprs(x, y))
            break
    else:
        if n1 == n2 and seq_type is None and type(seq1) != type(seq2):
            return None
    if n1 != n2:
        longer, which, short = (seq1, 'first', n2) if n1 > n2 else (seq2, 'second', n1)
        text += '\n%s %s contains %d additional elements.\n' % (
            which.capitalize(), kind, abs(n1 - n2))
        try:
            text += 'First extra element %d:\n%s\n' % (short, safe_repr(longer[short]))
        except unreadable:
            text += 'Unable to index element %d of %s %s\n' % (short, which, kind)
    return text


class _SubTest(TestCase):
    # One subTest() block of a running test, as results see it.
    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message, self.params = test_case, message, params
        self.failureException = self.test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        words = []
        if self._message is not _NO_MESSAGE:
            words.append('[%s]' % (self._message,))
        if self.params:
            words.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        return ' '.join(words) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    """A test made from a plain function, with optional setUp and tearDown functions."""
    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        if self._setUpFunc is None:
            return
        self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is None:
            return
        self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if type(other) is type(self):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return '%s (%s)' % (strclass(type(self)), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(type(self)), self._testFunc)

    def shortDescription(self):
        if self._description is None:
            text = self._testFunc.__doc__
            return text and text.split('\n')[0].strip() or None
        return self._description
`;
