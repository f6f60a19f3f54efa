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
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            import io
            self._stdout_buffer = io.StringIO()
            self._stderr_buffer = io.StringIO()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for label, captured, target in (
                    ('Stdout', sys.stdout, self._original_stdout),
                    ('Stderr', sys.stderr, self._original_stderr)):
                text = captured.getvalue()
                if text:
                    target.write('\n%s:\n%s' % (label, text if text.endswith('\n') else text + '\n'))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for held in (self._stdout_buffer, self._stderr_buffer):
            held.seek(0)
            held.truncate()

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        if self.failfast:
            self.stop()
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addFailure(self, test, err):
        if self.failfast:
            self.stop()
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        into = self.failures if issubclass(err[0], test.failureException) else self.errors
        into.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        if self.failfast:
            self.stop()
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        text = traceback._format_hiding(err[1], '<frozen unittest>')
        if self.buffer:
            for label, captured in (('Stdout', sys.stdout), ('Stderr', sys.stderr)):
                extra = captured.getvalue()
                if extra:
                    text += '\n%s:\n%s' % (label, extra if extra.endswith('\n') else extra + '\n')
        return text

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(type(self)), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    # A stream with writeln(); other attributes are the stream's.
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

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
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
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
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _show(self, test, word, letter):
        # The verbose status word, or the one-letter mark at verbosity 1.
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, 'FAIL', 'F')
            else:
                self._show(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skipped %r' % (reason,), 's')

    def _mark(self, line, letter):
        if self.showAll:
            self.stream.writeln(line)
        elif self.dots:
            self.stream.write(letter)
        self.stream.flush()

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark('unexpected success', 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % text)
            self.stream.flush()


_TextTestResult = TextTestResult


class TextTestRunner:
    """Runs a test and prints a TextTestResult's report, on sys.stderr by default."""
    __module__ = 'unittest.runner'
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        if _interrupt_handler is not None:
            registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        started = time.perf_counter()
        begin = getattr(result, 'startTestRun', None)
        if begin is not None:
            begin()
        try:
            test(result)
        finally:
            finish = getattr(result, 'stopTestRun', None)
            if finish is not None:
                finish()
        taken = time.perf_counter() - started
        result.printErrors()
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', taken))
        out.writeln()
        notes = []
        if result.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            if result.failures:
                notes.append('failures=%d' % len(result.failures))
            if result.errors:
                notes.append('errors=%d' % len(result.errors))
        try:
            counts = (len(result.skipped), len(result.expectedFailures),
                      len(result.unexpectedSuccesses))
        except AttributeError:
            counts = (0, 0, 0)
        for label, n in zip(('skipped', 'expected failures', 'unexpected successes'), counts):
            if n:
                notes.append('%s=%d' % (label, n))
        out.write(' (%s)\n' % ', '.join(notes) if notes else '\n')
        out.flush()
        return result


_interrupt_handler = None
_registered = None


def installHandler():
    """Let Ctrl-C stop the registered results after the running test (pymm: records the wish)."""
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    """Undo installHandler; as a decorator, run method with no handler installed."""
    global _interrupt_handler
    if method is not None:
        def without_handler(*args, **kwargs):
            global _interrupt_handler
            saved = _interrupt_handler
            _interrupt_handler = None
            try:
                return method(*args, **kwargs)
            finally:
                _interrupt_handler = saved
        return without_handler
    _interrupt_handler = None


def registerResult(result):
    """Keep a weak reference to result, to be stopped on Ctrl-C."""
    global _registered
    if _registered is None:
        import weakref
        _registered = weakref.WeakKeyDictionary()
    _registered[result] = 1


def removeResult(result):
    """Forget result; True if it was registered."""
    return _registered is not None and _registered.pop(result, None) is not None


_USAGE = ('usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]'
          ' [tests ...]\n')


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
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, text):
        sys.stderr.write(_USAGE % self.progName)
        sys.stderr.write('%s: error: %s\n' % (self.progName, text))
        sys.exit(2)

    def parseArgs(self, argv):
        flags = {'-v': ('verbosity', 2), '--verbose': ('verbosity', 2),
                 '-q': ('verbosity', 0), '--quiet': ('verbosity', 0),
                 '--locals': ('tb_locals', True)}
        for short, long, attr in (('-f', '--failfast', 'failfast'),
                                  ('-c', '--catch', 'catchbreak'), ('-b', '--buffer', 'buffer')):
            if getattr(self, attr) is None:
                flags[short] = flags[long] = (attr, True)
        tests, unknown = [], []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in flags:
                setattr(self, *flags[arg])
            elif arg == '-k' or arg.startswith('-k'):
                if arg == '-k':
                    if not args:
                        self._usage_error('argument -k: expected one argument')
                    arg = args.pop(0)
                else:
                    arg = arg[2:]
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(arg if '*' in arg else '*%s*' % arg)
            elif arg.startswith('-') and arg != '-':
                unknown.append(arg)
            else:
                tests.append(arg)
        if unknown:
            self._usage_error('unrecognized arguments: ' + ' '.join(unknown))
        if tests:
            self.testNames = [_name_of_path(t) for t in tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        runner = self.testRunner
        if isinstance(runner, type):
            options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                           warnings=self.warnings, tb_locals=self.tb_locals)
            try:
                runner = runner(**options)
            except TypeError:
                del options['tb_locals']
                try:
                    runner = runner(**options)
                except TypeError:
                    runner = self.testRunner()
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
