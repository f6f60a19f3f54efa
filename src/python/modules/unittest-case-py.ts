// TestCase for pymm's unittest module (Python source, the second part of `<frozen unittest>`):
// skip decorators, the per-test run with its fixtures, cleanups, subtests and expected
// failures, and the assert* methods with CPython 3.11's messages (assertEqual's element
// reports and ndiff lines included). Behaviour follows CPython 3.11's unittest.TestCase;
// assertWarns and assertLogs are absent (pymm has no warnings or logging module).

/** Python source: SkipTest, skip/skipIf/skipUnless/expectedFailure, TestCase, FunctionTestCase. */
export const UNITTEST_CASE_PY = String.raw`
class SkipTest(Exception):
    """Raised to skip the running test; its text is the reason."""
    __module__ = 'unittest.case'


class _EndTest(Exception):
    # Leaves a test early (a subtest failed under failfast, or an expected failure happened).
    pass


class _UnexpectedSuccess(Exception):
    pass


def _mark_skipped(item, reason):
    if not isinstance(item, type):
        original = item

        def item(*args, **kwargs):
            raise SkipTest(reason)
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(item, name, getattr(original, name))
            except AttributeError:
                pass
        item.__dict__.update(getattr(original, '__dict__', {}))
        item.__wrapped__ = original
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Decorator: always skip the test or class, giving reason."""
    if isinstance(reason, type(_mark_skipped)):
        return _mark_skipped(reason, '')
    return lambda item: _mark_skipped(item, reason)


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Decorator: skip when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail (its success is reported as unexpected)."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _skip_reason(test, method):
    # The skip reason of a test whose class or method is marked, else None.
    cls = type(test)
    if getattr(cls, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
        return (getattr(cls, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))
    return None


def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is None:
        result.addSuccess(test)
    else:
        add(test, reason)


def _report_problem(result, test, info):
    if result is None or info is None:
        return
    if issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


class _Outcome:
    # What one run of a test has found so far, and the result it reports to.
    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


class _Part:
    # A with-block running one part of a test (setUp, the method, a cleanup, a subtest):
    # what it raises is reported and swallowed, and the outcome's success updated.
    def __init__(self, outcome, test, sub):
        self.outcome = outcome
        self.test = test
        self.sub = sub

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True

    def __exit__(self, kind, value, tb):
        outcome = self.outcome
        try:
            if kind is None:
                if self.sub and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(kind, KeyboardInterrupt):
                return False
            if issubclass(kind, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, self.test, str(value))
            elif issubclass(kind, _EndTest):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (kind, value, tb)
            else:
                outcome.success = False
                if self.sub:
                    outcome.result.addSubTest(self.test.test_case, self.test, (kind, value, tb))
                else:
                    _report_problem(outcome.result, self.test, (kind, value, tb))
            return True
        finally:
            outcome.success = outcome.success and self.before


class _SubTestBlock:
    # What TestCase.subTest returns: runs its body as a subtest of the running test.
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.part = None

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.parent = case._subtest
        # The block's own parameters first, then those of enclosing subtests it does not set.
        params = dict(self.params)
        if self.parent is not None:
            for key, value in self.parent.params.items():
                params.setdefault(key, value)
        case._subtest = _SubTest(case, self.msg, params)
        self.part = _Part(outcome, case._subtest, True)
        self.part.__enter__()
        return None

    def __exit__(self, kind, value, tb):
        if self.part is None:
            return False
        outcome = self.case._outcome
        try:
            swallowed = self.part.__exit__(kind, value, tb)
            if not outcome.success:
                if outcome.result is not None and outcome.result.failfast:
                    raise _EndTest
            elif outcome.expectedFailure:
                raise _EndTest
            return swallowed
        finally:
            self.case._subtest = self.parent


_NO_MESSAGE = object()


def _enter(cm, register):
    cls = type(cm)
    try:
        enter, leave = cls.__enter__, cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (cls.__module__, cls.__qualname__)) from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


class _RaisesCheck:
    # assertRaises / assertRaisesRegex: a context manager, or a call made at once.
    def __init__(self, expected, case, regex=None):
        self.expected = expected
        self.case = case
        self.regex = None if regex is None else _regex(regex)
        self.msg = None
        self.obj_name = None

    def _check_types(self, name):
        if not _exception_types(self.expected):
            raise TypeError('%s() arg 1 must be an exception type or tuple of exception types'
                            % name)

    def handle(self, name, args, kwargs):
        self._check_types(name)
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        func, rest = args[0], args[1:]
        self.obj_name = getattr(func, '__name__', None) or str(func)
        try:
            with self:
                func(*rest, **kwargs)
        finally:
            self = None
        return None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            name = getattr(self.expected, '__name__', None) or str(self.expected)
            where = ' by ' + self.obj_name if self.obj_name else ''
            self._fail('%s not raised%s' % (name, where))
        if not issubclass(kind, self.expected):
            return False
        self.exception = value.with_traceback(None)
        if self.regex is not None:
            if not self.regex.search(str(value)):
                self._fail('"%s" does not match "%s"' % (self.regex.pattern, value))
        return True

    def _fail(self, text):
        raise self.case.failureException(self.case._formatMessage(self.msg, text))


class _WarnsCheck(_RaisesCheck):
    # assertWarns / assertWarnsRegex: records the warnings of the block (or call) with every
    # filter set to "always" for the expected categories, and needs one that matches.
    def _check_types(self, name):
        if not _warning_types(self.expected):
            raise TypeError('%s() arg 1 must be a warning type or tuple of warning types' % name)

    def __enter__(self):
        import sys
        import warnings
        # A warning already shown once would be hidden by its registry: forget them all.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._recorder = warnings.catch_warnings(record=True)
        self.warnings = self._recorder.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._recorder.__exit__(kind, value, tb)
        if kind is not None:
            return None     # an exception from the block goes on
        first = None
        for record in self.warnings:
            found = record.message
            if not isinstance(found, self.expected):
                continue
            if first is None:
                first = found
            if self.regex is not None and not self.regex.search(str(found)):
                continue
            self.warning, self.filename, self.lineno = found, record.filename, record.lineno
            return None
        if first is not None:
            self._fail('"%s" does not match "%s"' % (self.regex.pattern, first))
        name = getattr(self.expected, '__name__', None) or str(self.expected)
        self._fail('%s not triggered%s' % (name, ' by ' + self.obj_name if self.obj_name else ''))


def _warning_types(what):
    if isinstance(what, tuple):
        return all(_warning_types(x) for x in what)
    return isinstance(what, type) and issubclass(what, Warning)


def _exception_types(what):
    if isinstance(what, tuple):
        return all(_exception_types(x) for x in what)
    return isinstance(what, type) and issubclass(what, BaseException)


def _regex(pattern):
    import re
    return re.compile(pattern) if isinstance(pattern, (str, bytes)) else pattern
`;
