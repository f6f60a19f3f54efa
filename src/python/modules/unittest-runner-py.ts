// Results, the text runner and main() of pymm's unittest module (Python source, the last part
// of `<frozen unittest>`): TestResult's bookkeeping (with -b output buffering),
// TextTestResult's dots, letters and verbose lines, TextTestRunner's report (the ===/---
// blocks with tracebacks, 'Ran N tests in X.XXXs', OK or FAILED (...)) on sys.stderr by
// default, and TestProgram's command line. Output is CPython 3.11's, character for character.

/** Python source: TestResult, TextTestResult, TextTestRunner, TestProgram/main, signals. */
export const UNITTEST_RUNNER_PY = String.raw`
class TestResult:
    """Collects what happened to each test: failures, errors, skips, expected failures."""
    __module__ = 'unittest.result'
    _previousTestClass, _testRunEntered, _moduleSetUpFailed = None, False, False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._echo_captured = False

    def printErrors(self):
        """Print the collected failures and errors (nothing here; TextTestResult prints)."""

    def startTest(self, test):
        """Called as test starts."""
        self.testsRun += 1
        self._echo_captured = False
        self._setupStdout()

    def _setupStdout(self):
        # With buffer on, the test's prints go to StringIOs, shown only if it fails.
        if self.buffer:
            if self._stdout_buffer is None:
                from io import StringIO
                self._stdout_buffer, self._stderr_buffer = StringIO(), StringIO()
            sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTest(self, test):
        """Called after test has run, whatever its outcome."""
        self._restoreStdout()
        self._echo_captured = False

    def _captured(self):
        # The buffered stdout and stderr, each as the block a failure report ends with.
        blocks = []
        for label, held in (('Stdout', sys.stdout), ('Stderr', sys.stderr)):
            out = held.getvalue()
            if out and not out.endswith('\n'):
                out += '\n'
            blocks.append('\n%s:\n%s' % (label, out) if out else '')
        return blocks

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._echo_captured:
            for block, target in zip(self._captured(), (self._original_stdout,
                                                         self._original_stderr)):
                if block:
                    target.write(block)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for held in (self._stdout_buffer, self._stderr_buffer):
            held.seek(0)
            held.truncate()

    def stopTestRun(self):
        """Called once after all tests have run."""

    def _record(self, into, test, err):
        into.append((test, self._exc_info_to_string(err, test)))
        self._echo_captured = True

    # How TextTestResult shows each outcome as it happens: _status for a test's status
    # word (or letter), _note for the lines after an (un)expected failure. Silent here.
    def _status(self, test, word, letter):
        pass

    def _note(self, word, letter):
        pass

    def addError(self, test, err):
        """test raised an unexpected exception; err is (type, value, traceback)."""
        if self.failfast:
            self.stop()
        self._record(self.errors, test, err)
        self._status(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        """test failed an assertion; err is (type, value, traceback)."""
        if self.failfast:
            self.stop()
        self._record(self.failures, test, err)
        self._status(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        """A subtest of test finished: err is None when it passed."""
        if err is None:
            return
        failed = issubclass(err[0], subtest.failureException)
        self._status(subtest, 'FAIL' if failed else 'ERROR', 'F' if failed else 'E')
        if getattr(self, 'failfast', None):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._record(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        """test passed."""
        self._status(test, 'ok', '.')

    def addSkip(self, test, reason):
        """test was skipped for reason."""
        self.skipped.append((test, reason))
        self._status(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        """test, marked expectedFailure, failed as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))
        self._note('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        """test, marked expectedFailure, passed."""
        if self.failfast:
            self.stop()
        self.unexpectedSuccesses.append(test)
        self._note('unexpected success', 'u')

    def wasSuccessful(self):
        """True when no test failed, raised or passed unexpectedly."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop before the next test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        text = traceback._format_hiding(err[1], '<frozen unittest>')
        return text + ''.join(self._captured()) if self.buffer else text

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(type(self)), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    # Wraps the runner's stream: adds writeln(), passes everything else through.
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name == 'stream' or name == '__getstate__':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A result that reports each test on a stream as it finishes."""
    __module__ = 'unittest.runner'
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll, self.dots = verbosity >= 2, verbosity == 1
        self._newline = True

    def getDescription(self, test):
        """str(test), and the first line of its docstring below it when descriptions are on."""
        doc = test.shortDescription()
        if self.descriptions and doc:
            return str(test) + '\n' + doc
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            self.stream.write(('  ' if sub else '') + self.getDescription(test) + ' ... ')
        self.stream.write(status + '\n')
        self.stream.flush()
        self._newline = True

    def _status(self, test, word, letter):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def _note(self, word, letter):
        if self.showAll:
            self.stream.write(word + '\n')
        elif self.dots:
            self.stream.write(letter)
        self.stream.flush()

    def printErrors(self):
        """Print a block per error and failure, then the unexpected successes."""
        out = self.stream
        if self.showAll or self.dots:
            out.write('\n')
            out.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.write(self.separator1 + '\n')
            for test in surprises:
                out.write('UNEXPECTED SUCCESS: %s\n' % self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        """Print one ===-headed block per (test, traceback text) of errors, titled flavour."""
        out = self.stream
        for test, text in errors:
            out.write('%s\n%s: %s\n%s\n%s\n' % (self.separator1, flavour,
                                                self.getDescription(test), self.separator2, text))
            out.flush()


_TextTestResult = TextTestResult


class TextTestRunner:
    """Runs a test and prints a TextTestResult's report, on sys.stderr by default."""
    __module__ = 'unittest.runner'
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity, self.warnings = descriptions, verbosity, warnings
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run test (a case or suite), print the report, return the result."""
        result = self._makeResult()
        if _catching:
            registerResult(result)
        result.failfast, result.buffer = self.failfast, self.buffer
        result.tb_locals = self.tb_locals
        clock = time.perf_counter()
        hook = getattr(result, 'startTestRun', None)
        if hook is not None:
            hook()
        try:
            test(result)
        finally:
            hook = getattr(result, 'stopTestRun', None)
            if hook is not None:
                hook()
        clock = time.perf_counter() - clock
        result.printErrors()
        self._summary(result, clock)
        return result

    def _summary(self, result, seconds):
        # '---', 'Ran N tests in X.XXXs', a blank line, then OK or FAILED with the counts.
        out = self.stream
        if hasattr(result, 'separator2'):
            out.write(result.separator2 + '\n')
        n = result.testsRun
        out.write('Ran %d test%s in %.3fs\n\n' % (n, '' if n == 1 else 's', seconds))
        counts = []
        ok = result.wasSuccessful()
        if not ok:
            counts += [('failures', len(result.failures)), ('errors', len(result.errors))]
        try:
            counts += [('skipped', len(result.skipped)),
                       ('expected failures', len(result.expectedFailures)),
                       ('unexpected successes', len(result.unexpectedSuccesses))]
        except AttributeError:
            pass
        notes = ', '.join('%s=%d' % (label, k) for label, k in counts if k)
        out.write(('OK' if ok else 'FAILED') + (' (%s)\n' % notes if notes else '\n'))
        out.flush()


# Ctrl-C handling (the -c option): pymm turns Ctrl-C into KeyboardInterrupt in any case, so
# installing the handler only records that results should be registered.
_catching = False
_watched = None


def installHandler():
    """Make Ctrl-C stop the registered results after the running test."""
    global _catching
    _catching = True


def removeHandler(method=None):
    """Undo installHandler; used as a decorator, run method without the handler."""
    global _catching
    if method is None:
        _catching = False
        return None

    def without_handler(*args, **kwargs):
        global _catching
        before, _catching = _catching, False
        try:
            return method(*args, **kwargs)
        finally:
            _catching = before
    return without_handler


def registerResult(result):
    """Hold result weakly, to be stopped on Ctrl-C."""
    global _watched
    if _watched is None:
        from weakref import WeakKeyDictionary
        _watched = WeakKeyDictionary()
    _watched[result] = 1


def removeResult(result):
    """Forget result; True if it was registered."""
    return _watched is not None and _watched.pop(result, None) is not None


_OPTION_HELP = (
    ('-f', '  -f, --failfast       Stop on first fail or error\n'),
    ('-c', '  -c, --catch          Catch Ctrl-C and display results so far\n'),
    ('-b', '  -b, --buffer         Buffer stdout and stderr during tests\n'),
)


def _usage(prog, flags):
    # argparse's usage text for unittest's options, wrapped at 78 columns as argparse does.
    options = ['[-h]', '[-v]', '[-q]', '[--locals]'] + ['[%s]' % f for f in flags]
    options.append('[-k TESTNAMEPATTERNS]')
    rest = ['[tests ...]']
    head = 'usage: '
    if len(head) + len(' '.join([prog] + options + rest)) <= 78:
        return head + ' '.join([prog] + options + rest) + '\n'

    def fill(words, margin, first=None):
        rows, row = [], []
        used = (len(first) if first is not None else len(margin)) - 1
        for word in words:
            if row and used + 1 + len(word) > 78:
                rows.append(margin + ' '.join(row))
                row, used = [], len(margin) - 1
            row.append(word)
            used += len(word) + 1
        if row:
            rows.append(margin + ' '.join(row))
        if first is not None:
            rows[0] = rows[0][len(margin):]
        return rows
    if len(head) + len(prog) <= 0.75 * 78:
        margin = ' ' * (len(head) + len(prog) + 1)
        rows = fill([prog] + options, margin, head) + fill(rest, margin)
    else:
        margin = ' ' * len(head)
        rows = fill(options + rest, margin)
        if len(rows) > 1:
            rows = fill(options, margin) + fill(rest, margin)
        rows = [prog] + rows
    return head + '\n'.join(rows) + '\n'


def _help(prog, flags):
    # What -h prints: the usage, the options, and examples of test names.
    text = _usage(prog, flags) + (
        '\npositional arguments:\n'
        '  tests                a list of any number of test modules, classes and test\n'
        '                       methods.\n\noptions:\n'
        '  -h, --help           show this help message and exit\n'
        '  -v, --verbose        Verbose output\n'
        '  -q, --quiet          Quiet output\n'
        '  --locals             Show local variables in tracebacks\n')
    text += ''.join(line for flag, line in _OPTION_HELP if flag in flags)
    text += '  -k TESTNAMEPATTERNS  Only run tests which match the given substring\n\nExamples:\n'
    for name, what in (('', 'run default set of tests'),
                       ('MyTestSuite', "run suite 'MyTestSuite'"),
                       ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
                       ('MyTestCase', "run all 'test*' test methods")):
        text += '  %s %-25s - %s\n' % (prog, name, what)
    return text + ' ' * 39 + 'in MyTestCase\n\n'


class TestProgram:
    """unittest.main: load the tests named on the command line (or all), run them, exit."""
    __module__ = 'unittest.main'
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            parts = module.split('.')
            found = __import__(module)
            for name in parts[1:]:
                found = getattr(found, name)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity, self.warnings, self.tb_locals = exit, verbosity, warnings, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def _flags(self):
        # The optional switches the command line offers: those main() did not already set.
        return [flag for flag, attr in (('-f', 'failfast'), ('-c', 'catchbreak'), ('-b', 'buffer'))
                if getattr(self, attr) is None]

    def _usage_error(self, text):
        sys.stderr.write(_usage(self.progName, self._offered))
        sys.stderr.write('%s: error: %s\n' % (self.progName, text))
        sys.exit(2)

    def parseArgs(self, argv):
        """Read the options and test names of argv, then load the tests (createTests)."""
        options = {'-v': ('verbosity', 2), '--verbose': ('verbosity', 2),
                   '-q': ('verbosity', 0), '--quiet': ('verbosity', 0),
                   '--locals': ('tb_locals', True)}
        self._offered = self._flags()
        for short, long, attr in (('-f', '--failfast', 'failfast'), ('-c', '--catch', 'catchbreak'),
                                  ('-b', '--buffer', 'buffer')):
            if short in self._offered:
                options[short] = options[long] = (attr, True)
        names, unknown = [], []
        rest = list(argv[1:])
        while rest:
            word = rest.pop(0)
            if word in ('-h', '--help'):
                sys.stdout.write(_help(self.progName, self._offered))
                sys.exit(0)
            if word in options:
                setattr(self, *options[word])
            elif word.startswith('-k'):
                if word == '-k':
                    if not rest:
                        self._usage_error('argument -k: expected one argument')
                    word = '-k' + rest.pop(0)
                glob = word[2:]
                self.testNamePatterns = (self.testNamePatterns or []) + [
                    glob if '*' in glob else '*' + glob + '*']
            elif word.startswith('-') and word != '-':
                unknown.append(word)
            else:
                names.append(word)
        if unknown:
            self._usage_error('unrecognized arguments: ' + ' '.join(unknown))
        chosen = self.defaultTest
        if names:
            self.testNames = [_name_of_path(n) for n in names]
        elif chosen is None:
            self.testNames = None
        else:
            self.testNames = (chosen,) if isinstance(chosen, str) else list(chosen)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        """Build self.test from self.testNames (or the whole module)."""
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = loader.loadTestsFromModule(self.module)
        else:
            self.test = loader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        """Run self.test with the runner; exit with status 1 on failure when exit is true."""
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        runner = self.testRunner
        if isinstance(runner, type):
            settings = {'verbosity': self.verbosity, 'failfast': self.failfast,
                        'buffer': self.buffer, 'warnings': self.warnings,
                        'tb_locals': self.tb_locals}
            try:
                runner = runner(**settings)
            except TypeError:
                del settings['tb_locals']
                try:
                    runner = runner(**settings)
                except TypeError:
                    runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


def _name_of_path(name):
    # 'pkg/test_x.py' on the command line names the module pkg.test_x.
    if name.lower().endswith('.py') and not name.startswith(('/', '..')):
        return name[:-3].replace('\\', '.').replace('/', '.')
    return name


main = TestProgram
`;
