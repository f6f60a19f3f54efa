// doctest, part two: DebugRunner and its errors, testmod, run_docstring_examples,
// script_from_examples and DocTestSuite (unittest cases, made on first use). Run after
// doctest-py.ts's part, in the same namespace.

/** Source of doctest's entry points, run in the module's namespace after DOCTEST_PY. */
export const DOCTEST_API_PY = String.raw`
class DocTestFailure(Exception):
    '''DebugRunner's error for an example whose output was wrong.'''

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    '''DebugRunner's error for an example that raised.'''

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    '''A runner that raises at the first failure instead of reporting it.'''

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        outcome = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_unexpected_exception(self, out, test, example, exc_info):
        error = UnexpectedException(test, example, exc_info)
        raise error

    def report_failure(self, out, test, example, got):
        error = DocTestFailure(test, example, got)
        raise error


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    '''Runs the docstring examples of module m (default __main__); returns TestResults.'''
    global master
    module = sys.modules.get('__main__') if m is None else m
    if not isinstance(module, type(sys)):
        raise TypeError('testmod: module required; %r' % (module,))
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose, optionflags=optionflags)
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name, globs=globs, extraglobs=extraglobs)
    for one in tests:
        runner.run(one)
    if report:
        runner.summarize()
    if master is not None:
        master.merge(runner)
    else:
        master = runner
    return TestResults(failed=runner.failures, attempted=runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    '''Runs the examples in f's docstring (not those of what f contains).'''
    runner = DocTestRunner(None, verbose, optionflags)
    for one in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(one, compileflags=compileflags)


def script_from_examples(s):
    '''The examples of s as a script: their sources, with everything else as comments.'''
    rows = []
    for chunk in DocTestParser().parse(s):
        if type(chunk) is Example:
            piece = chunk
            rows.append(piece.source[:-1])
            if piece.want:
                rows.append('# Expected:')
                rows += ['## ' + r for r in piece.want.split('\n')[:-1]]
        else:
            rows += ['#' + r if r.strip() else r for r in chunk.split('\n')[:-1]]
    while rows and rows[-1] == '#':
        rows.pop()
    while rows and rows[0] == '#':
        rows.pop(0)
    return '\n'.join(rows) + '\n'


def testsource(module, name):
    '''The script of the examples of the object called name in module.'''
    for one in DocTestFinder().find(module):
        if one.name == name:
            return script_from_examples(one.docstring)
    raise ValueError(name, 'not found in tests')


_suite_report_flags = 0


def set_suite_report_flags(flags):
    '''Sets the reporting flags DocTestSuite's cases use; returns the old ones.'''
    global _suite_report_flags
    if flags & ~REPORTING_FLAGS:
        raise ValueError('Only reporting flags allowed', flags)
    previous, _suite_report_flags = _suite_report_flags, flags
    return previous


def _unsupported(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'doctest.{what} is not available in pymm')
    refuse.__name__ = refuse.__qualname__ = what
    return refuse

testfile = _unsupported('testfile')
DocFileSuite = _unsupported('DocFileSuite')

# unittest integration, made on first use (unittest is a large import).
# CPython 3.11.7 raises a failed case's error from this line of its doctest.py; runTest is
# compiled as if it stood there, so unittest's traceback names it as CPython's does.
_RUN_TEST_SOURCE = '\n' * 2237 + '''def runTest(self):
    new = self._dt_report()
    if new is not None:
        raise self.failureException(self.format_failure(new.getvalue()))
'''
_case_classes = None


def _unittest_classes():
    global _case_classes
    if _case_classes is not None:
        return _case_classes
    import io
    import unittest

    class DocTestCase(unittest.TestCase):
        '''A unittest case that runs one DocTest.'''

        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            super().__init__()
            self._dt_optionflags, self._dt_checker = optionflags, checker
            self._dt_globs = dict(test.globs)
            self._dt_test = test
            self._dt_setUp, self._dt_tearDown = setUp, tearDown

        def setUp(self):
            hook = self._dt_setUp
            if hook is not None:
                hook(self._dt_test)

        def tearDown(self):
            hook = self._dt_tearDown
            if hook is not None:
                hook(self._dt_test)
            self._dt_test.globs.clear()
            self._dt_test.globs.update(self._dt_globs)

        def _dt_report(self):
            '''Runs the examples; the report when some failed, else None.'''
            flags = self._dt_optionflags
            if not flags & REPORTING_FLAGS:
                flags |= _suite_report_flags
            runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
            runner.DIVIDER = '-' * 70
            report = io.StringIO()
            saved = sys.stdout
            try:
                failed, _ = runner.run(self._dt_test, out=report.write, clear_globs=False)
            finally:
                sys.stdout = saved
            return report if failed else None

        def format_failure(self, err):
            test = self._dt_test
            where = 'unknown line number' if test.lineno is None else str(test.lineno)
            short = test.name.rsplit('.', 1)[-1]
            return (f'Failed doctest test for {test.name}\n'
                    f'  File "{test.filename}", line {where}, in {short}\n\n{err}')

        def debug(self):
            self.setUp()
            runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                                 verbose=False)
            runner.run(self._dt_test, None, None, False)
            self.tearDown()

        def id(self):
            test = self._dt_test
            return test.name

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            mine = (self._dt_test, self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker)
            return mine == (other._dt_test, other._dt_optionflags, other._dt_setUp,
                            other._dt_tearDown, other._dt_checker)

        def __hash__(self):
            return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

        def __repr__(self):
            home, _, short = self._dt_test.name.rpartition('.')
            return f'{short} ({home})'

        __str__ = object.__str__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    space = {}
    exec(compile(_RUN_TEST_SOURCE, _RUNNER_FRAME.split('"')[1], 'exec'), space)
    _source_lines(_RUNNER_FRAME.split('"')[1], _RUN_TEST_SOURCE)
    DocTestCase.runTest = space['runTest']
    DocTestCase.runTest.__qualname__ = 'DocTestCase.runTest'

    class _DocTestSuite(unittest.TestSuite):
        def _removeTestAtIndex(self, at):
            pass

    for made in (DocTestCase, _DocTestSuite):
        made.__module__ = __name__
    _case_classes = (DocTestCase, _DocTestSuite)
    return _case_classes


def __getattr__(name):
    if name == 'DocTestCase':
        return _unittest_classes()[0]
    raise AttributeError('module %r has no attribute %r' % (__name__, name))


def _module_of(given, depth=2):
    '''The module DocTestSuite was given: a module, its name, or None for the caller's.'''
    if given is None:
        caller = sys._getframe(depth)
        return sys.modules[caller.f_globals['__name__']]
    if type(given) is str or isinstance(given, str):
        return __import__(given, globals(), locals(), ['*'])
    if isinstance(given, type(sys)):
        return given
    raise TypeError('Expected a module, string, or None')


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    '''A unittest suite with one DocTestCase per docstring of module that has examples.'''
    case, suite_type = _unittest_classes()
    module = _module_of(module)
    finder = DocTestFinder() if test_finder is None else test_finder
    suite = suite_type()
    for test in sorted(finder.find(module, globs=globs, extraglobs=extraglobs)):
        if not test.examples:
            continue
        if not test.filename:
            path = module.__file__
            test.filename = path[:-1] if path.endswith('.pyc') else path
        suite.addTest(case(test, **options))
    return suite
debug_src = _unsupported('debug_src')
debug = _unsupported('debug')
`;
