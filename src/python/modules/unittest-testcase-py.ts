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
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (type(self), methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return strclass(type(self)) + '.' + self._testMethodName

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

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
        finish = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            finish = getattr(result, 'stopTestRun', None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(self, method)
            if reason is not None:
                _report_skip(result, self, reason)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            outcome = self._outcome = _Outcome(result)
            try:
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                if not outcome.success:
                    pass
                elif not expecting:
                    result.addSuccess(self)
                elif outcome.expectedFailure:
                    self._addExpectedFailure(result, outcome.expectedFailure)
                else:
                    self._addUnexpectedSuccess(result)
                return result
            finally:
                # Drop the saved exception (its frames refer back here) and the outcome.
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        try:
            raise _UnexpectedSuccess
        except _UnexpectedSuccess as e:
            result.addFailure(self, (type(e), e, e.__traceback__))

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append((type(e), e, e.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ('\nDiff is %d characters long. Set self.maxDiff to None to see it.'
                          % len(diff))

    def _check(self, ok, msg, text):
        # Fail with text (and the user's msg) unless ok.
        if not ok:
            raise self.failureException(self._formatMessage(msg, text))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._check(False, msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._check(False, msg, '%s is not false' % safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesCheck(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        check = _RaisesCheck(expected_exception, self, expected_regex)
        return check.handle('assertRaisesRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                return getattr(self, special) if isinstance(special, str) else special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._check(False, msg, '%s != %s' % _pair_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._check(False, msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._check(False, msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if not first == second and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if not first == second and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._check(False, msg, text)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for label, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (label, kind, safe_repr(seq)))
        text = _sequence_report(seq1, seq2, seq_type, kind)
        if text is None:
            return
        diff = '\n'.join(_line_diff(_pretty(seq1).splitlines(), _pretty(seq2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, '\n' + diff)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only = []
        for label, one, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(one.difference(other))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s' % (label, e))
        if not (only[0] or only[1]):
            return
        lines = []
        for items, head in zip(only, ('Items in the first set but not the second:',
                                      'Items in the second set but not the first:')):
            if items:
                lines.append(head)
                lines.extend(repr(x) for x in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(
                msg, '%s not found in %s' % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % safe_repr(expr1)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            diff = '\n'.join(_line_diff(_pretty(d1).splitlines(), _pretty(d2).splitlines()))
            text = self._truncateMessage('%s != %s' % _pair_reprs(d1, d2), '\n' + diff)
            self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        left, right = list(first), list(second)
        try:
            lines = _count_by_hash(left, right)
        except TypeError:
            lines = _count_by_eq(left, right)
        if lines:
            text = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        a, b = first.splitlines(True), second.splitlines(True)
        if len(a) == 1 and first.strip('\r\n') == first:
            a, b = [first + '\n'], [second + '\n']
        text = '%s != %s' % _pair_reprs(first, second)
        text = self._truncateMessage(text, '\n' + ''.join(_line_diff(a, b)))
        self.fail(self._formatMessage(msg, text))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(
                msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _regex(expected_regex)
        if not pattern.search(text):
            self._check(False, msg, "Regex didn't match: %r not found in %r"
                        % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _regex(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._check(False, msg, 'Regex matched: %r matches %r in %r'
                        % (text[found.start():found.end()], pattern.pattern, text))

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
    try:
        n1 = len(seq1)
    except (TypeError, NotImplementedError):
        return 'First %s has no length.    Non-sequence?' % kind
    try:
        n2 = len(seq2)
    except (TypeError, NotImplementedError):
        return 'Second %s has no length.    Non-sequence?' % kind
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
    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

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
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc, self._testFunc,
                     self._description))

    def __str__(self):
        return '%s (%s)' % (strclass(type(self)), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(type(self)), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None
`;
