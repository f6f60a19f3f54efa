// The `doctest` module: finds the interactive examples (`>>> ...`) in docstrings, runs them
// and compares their output, with the option flags, the failure reports and the summaries of
// CPython 3.11's module. This part: option flags, Example, DocTest, DocTestParser,
// DocTestFinder, OutputChecker and DocTestRunner; the entry points (testmod, DocTestSuite ...)
// are doctest-api-py.ts, run after it in the same namespace. Examples compile in 'single'
// mode, as CPython's do; pymm's init gives the module `_source_lines`, which makes an
// example's source known to tracebacks while it runs (CPython patches linecache).

/** Source of the doctest module, run in the module's namespace. */
export const DOCTEST_PY = String.raw`
'''Run the interactive examples found in docstrings and check what they print.'''
import sys
import inspect
import collections

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
    'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
    'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
    'set_suite_report_flags', 'script_from_examples', 'testsource', 'debug_src', 'debug',
]

TestResults = collections.namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}

def register_optionflag(name):
    '''The flag bit for option name, made on first use.'''
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]

for _flag in ('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
              'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'REPORT_UDIFF', 'REPORT_CDIFF',
              'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST'):
    globals()[_flag] = register_optionflag(_flag)
del _flag

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# Where CPython 3.11.7's doctest runs an example: the first entry of the traceback of an
# example that raised (this interpreter's own frame stands in for it).
_RUNNER_FRAME = ('  File "/root/.pyenv/versions/3.11.7/lib/python3.11/doctest.py", line 1353, in __run\n'
                 '    exec(compile(example.source, filename, "single",\n')


def _indent(text, width=4):
    '''text with width spaces before each non-empty line.'''
    pad = ' ' * width
    return '\n'.join(pad + row if row else row for row in text.split('\n'))


def _ellipsis_match(want, got):
    '''Whether got matches want, each "..." in want standing for any text.'''
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
    head, tail = pieces[0], pieces[-1]
    if not got.startswith(head) or not got.endswith(tail):
        return False
    lo, hi = len(head), len(got) - len(tail)
    if lo > hi:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _exception_name_only(msg):
    '''"pkg.mod.Error: detail" -> "Error": what IGNORE_EXCEPTION_DETAIL compares.'''
    first = msg.split('\n', 1)[0].split(':', 1)[0]
    return first.rsplit('.', 1)[-1]


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


class _SameTypeEquality:
    '''== between two objects of one type compares their _fields().'''

    def __eq__(self, other):
        if type(other) is type(self):
            return other._fields() == self._fields()
        return NotImplemented


class Example(_SameTypeEquality):
    '''One example: its source, the output it should give and where it is in the docstring.'''

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _with_newline(source)
        self.want = want and _with_newline(want)
        self.exc_msg = None if exc_msg is None else _with_newline(exc_msg)
        self.lineno, self.indent = lineno, indent
        self.options = options if options is not None else {}

    def _fields(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest(_SameTypeEquality):
    '''The examples of one docstring, with the namespace they run in.'''

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), 'DocTest no longer accepts str; use DocTestParser instead'
        self.examples, self.globs = examples, dict(globs)
        self.name, self.filename, self.lineno = name, filename, lineno
        self.docstring = docstring

    def __repr__(self):
        count = len(self.examples)
        told = 'no examples' if count == 0 else '1 example' if count == 1 else f'{count} examples'
        return f'<{type(self).__name__} {self.name} from {self.filename}:{self.lineno} ({told})>'

    def _fields(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)

    __hash__ = lambda self: hash(self._fields()[1:2] + self._fields()[3:])

    def _order(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._order() < other._order()
        return NotImplemented


def _prompt_at(row):
    '''The indentation of a ">>>" row, or None for other rows.'''
    body = row.lstrip(' ')
    return len(row) - len(body) if body.startswith('>>>') else None


class DocTestParser:
    '''Splits a docstring into text and Examples.'''

    def parse(self, string, name='<string>'):
        '''The docstring as a list alternating text pieces and Examples.'''
        rows = string.expandtabs().split('\n')
        margins = [len(r) - len(r.lstrip()) for r in rows if r.strip()]
        cut = min(margins) if margins else 0
        if cut:
            rows = [r[cut:] for r in rows]
        pieces = []
        text = []
        at = 0
        while at < len(rows):
            indent = _prompt_at(rows[at])
            if indent is None:
                text.append(rows[at])
                at += 1
                continue
            first = at
            source = [rows[at]]
            at += 1
            while at < len(rows) and rows[at].lstrip(' ').startswith('...'):
                source.append(rows[at])
                at += 1
            want = []
            while at < len(rows) and rows[at].strip() and _prompt_at(rows[at]) is None:
                want.append(rows[at])
                at += 1
            pieces.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            example = self._example(source, want, indent, first, name)
            if example is not None:
                pieces.append(example)
        pieces.append('\n'.join(text))
        return pieces

    def _example(self, source_rows, want_rows, indent, lineno, name):
        for k, row in enumerate(source_rows):
            if len(row) > indent + 3 and row[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, row[indent:indent + 3], row))
            if k and not row.startswith(' ' * indent + '.'):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + k + 1, name, row))
        for k, row in enumerate(want_rows):
            if not row.startswith(' ' * indent):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + len(source_rows) + k + 1, name, row))
        source = '\n'.join(row[indent + 4:] for row in source_rows)
        want = '\n'.join(row[indent:] for row in want_rows)
        options = self._options(source, name, lineno)
        if _blank_or_comment(source):
            return None
        return Example(source, want, _expected_exception(want), lineno=lineno,
                       indent=indent, options=options)

    def _options(self, source, name, lineno):
        import re
        found = {}
        for m in re.finditer(r'#\s*doctest:\s*([^\n\'"]*)$', source, re.MULTILINE):
            for word in m.group(1).replace(',', ' ').split():
                if word[:1] not in ('+', '-') or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                found[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        if found and _blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return found

    def get_doctest(self, string, globs, name, filename, lineno):
        '''A DocTest of the examples in string.'''
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        '''Only the Examples of string.'''
        return [p for p in self.parse(string, name) if isinstance(p, Example)]


def _blank_or_comment(source):
    if '\n' in source:
        return False
    rest = source.lstrip(' ')
    return rest == '' or rest.startswith('#')


def _expected_exception(want):
    '''The exception lines of a want that is a traceback, else None.'''
    rows = want.split('\n')
    head = rows[0].rstrip()
    if head not in ('Traceback (most recent call last):', 'Traceback (innermost last):'):
        return None
    for k in range(1, len(rows)):
        lead = rows[k][:1]
        if lead and (lead.isalnum() or lead == '_'):
            return '\n'.join(rows[k:])
    return None


def _docstring_line(obj, source_lines):
    '''The 0-based line where obj's docstring starts, or None.'''
    import re
    start = None
    has_doc = getattr(obj, '__doc__', None) is not None
    if inspect.ismodule(obj) and has_doc:
        start = 0
    if inspect.isclass(obj) and has_doc:
        if source_lines is None:
            return None
        header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
        start = next((i for i, row in enumerate(source_lines) if header.match(row)), None)
    if inspect.ismethod(obj):
        obj = obj.__func__
    if not inspect.isfunction(obj) or getattr(obj, '__doc__', None):
        code = inspect._code_of(obj)
        if inspect.iscode(code):
            start = code.co_firstlineno - 1
    if start is None:
        return None
    if source_lines is None:
        return start + 1
    opener = re.compile(r'(^|.*:)\s*\w*("|\')')
    return next((i for i in range(start, len(source_lines)) if opener.match(source_lines[i])), None)


class DocTestFinder:
    '''Collects the DocTests of an object and what it contains.'''

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        '''The DocTests for obj and (recursively) its functions, classes and methods, sorted.'''
        if name is None:
            if not hasattr(obj, '__name__'):
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
            name = obj.__name__
        module = {False: None, None: inspect.getmodule(obj) if module is None else None}.get(module, module)
        source_lines = self._source_of(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')
        found = []
        self._visit(found, obj, name, module, source_lines, globs, set())
        found.sort()
        return found

    def _source_of(self, obj, module):
        import linecache
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        return linecache.getlines(path) or None

    def _belongs(self, module, value):
        if module is None:
            return True
        home = inspect.getmodule(value)
        if home is not None:
            return home is module
        if inspect.isfunction(value):
            return value.__globals__ is module.__dict__
        if inspect.isclass(value) or hasattr(value, '__module__'):
            return getattr(value, '__module__', None) == module.__name__
        if isinstance(value, property):
            return True
        if inspect.ismethoddescriptor(value) or inspect.isbuiltin(value):
            # A slot wrapper or method descriptor: its class's module decides.
            owner = getattr(value, '__objclass__', None)
            return owner is None or getattr(owner, '__module__', None) == module.__name__
        raise ValueError('object must be a class or function')

    def _routine(self, value):
        try:
            value = inspect.unwrap(value)
        except ValueError:
            pass
        return inspect.isroutine(value)

    def _visit(self, found, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print(f'Finding tests in {name}')
        if id(obj) in seen:
            return
        seen.add(id(obj))
        made = self._get_test(obj, name, module, globs, source_lines)
        if made is not None:
            found.append(made)
        if not self._recurse:
            return
        inner = []
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if (self._routine(value) or inspect.isclass(value)) and self._belongs(module, value):
                    inner.append((f'{name}.{key}', value))
            for key, value in getattr(obj, '__test__', {}).items():
                if type(key) is not str:
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r' % (type(value),))
                inner.append((f'{name}.__test__.{key}', value))
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value) or isinstance(value, property))
                        and self._belongs(module, value)):
                    inner.append((f'{name}.{key}', value))
        for child_name, child in inner:
            self._visit(found, child, child_name, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        text = obj if isinstance(obj, str) else getattr(obj, '__doc__', None)
        if text is None:
            text = ''
        elif not isinstance(text, str):
            text = str(text)
        lineno = _docstring_line(obj, source_lines)
        if not text and self._exclude_empty:
            return None
        filename = None if module is None else (getattr(module, '__file__', None) or module.__name__)
        if filename is not None and filename[-4:] == '.pyc':
            filename = filename[:-1]
        return self._parser.get_doctest(text, globs, name, filename, lineno)


class OutputChecker:
    '''Decides whether an example's output matches what it should print.'''

    def check_output(self, want, got, optionflags):
        '''True when got matches want under optionflags.'''
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = '\n'.join('' if r.rstrip() == BLANKLINE_MARKER else r for r in want.split('\n'))
            got = '\n'.join('' if not r.strip() else r for r in got.split('\n'))
            if got == want:
                return True
        squeeze = bool(NORMALIZE_WHITESPACE & optionflags)
        if squeeze and ' '.join(got.split()) == ' '.join(want.split()):
            return True
        if squeeze:
            got, want = ' '.join(got.split()), ' '.join(want.split())
        return bool(ELLIPSIS & optionflags) and _ellipsis_match(want, got)

    def output_difference(self, example, got, optionflags):
        '''The "Expected: ... Got: ..." part of a failure report.'''
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            rows = got.split('\n')
            got = '\n'.join(BLANKLINE_MARKER if not r.strip(' ') and k < len(rows) - 1 else r
                            for k, r in enumerate(rows))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        return expected + ('Got:\n' + _indent(got) if got else 'Got nothing\n')


class _CapturedOutput:
    '''Where an example's prints go: text that always ends in a newline when read.'''

    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self):
        self._parts = []

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        self._parts.append(text)
        return len(text)

    def flush(self):
        pass

    def writable(self):
        return True

    def isatty(self):
        return False

    def getvalue(self):
        text = ''.join(self._parts)
        return text + '\n' if text and not text.endswith('\n') else text

    def reset(self):
        self._parts = []


def _future_flags(globs):
    import __future__
    bits = 0
    for feature in __future__.all_feature_names:
        given = globs.get(feature, None)
        if given is getattr(__future__, feature):
            bits |= given.compiler_flag
    return bits


def _traceback_text(error):
    import traceback
    chunks = traceback.format_exception(type(error), error, error.__traceback__)
    return ''.join(_RUNNER_FRAME if c.startswith('  File "<frozen doctest>"') else c for c in chunks)


class DocTestRunner:
    '''Runs DocTests, reports failures as they happen and sums up the results.'''

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = OutputChecker() if checker is None else checker
        self._verbose = verbose if verbose is not None else '-v' in sys.argv
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        self._name2ft = {}
        self._capture = _CapturedOutput()

    # -- reporting
    def report_start(self, out, test, example):
        '''Verbose mode: show the example about to run.'''
        if self._verbose:
            expect = ('Expecting:\n' + _indent(example.want)) if example.want else 'Expecting nothing\n'
            out('Trying:\n' + _indent(example.source) + expect)

    def report_success(self, out, test, example, got):
        '''Verbose mode: the example passed.'''
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        '''The example printed the wrong thing.'''
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        '''The example raised where no traceback was expected.'''
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_traceback_text(exc_info[1])))

    def _failure_header(self, test, example):
        rows = [self.DIVIDER]
        if test.filename:
            known = test.lineno is not None and example.lineno is not None
            where = test.lineno + example.lineno + 1 if known else '?'
            rows.append(f'File "{test.filename}", line {where}, in {test.name}')
        else:
            rows.append(f'Line {example.lineno + 1}, in {test.name}')
        rows.append('Failed example:')
        rows.append(_indent(example.source))
        return '\n'.join(rows)

    # -- running
    def _one(self, test, index, example, flags, out, quiet):
        '''Runs one example; returns True when it failed.'''
        filename = '<doctest %s[%d]>' % (test.name, index)
        _source_lines(filename, example.source)
        try:
            exec(compile(example.source, filename, 'single', flags, True), test.globs)
            error = None
        except BaseException as caught:
            if isinstance(caught, KeyboardInterrupt):
                raise
            error = caught
        try:
            got = self._capture.getvalue()
            self._capture.reset()
            same = self._checker.check_output
            if error is None:
                ok = same(example.want, got, self.optionflags)
                boom = False
            else:
                import traceback
                lines = traceback.format_exception_only(type(error), error)
                if isinstance(error, SyntaxError):
                    kind = type(error)
                    heads = (kind.__qualname__ + ':', f'{kind.__module__}.{kind.__qualname__}:')
                    lines = lines[next(k for k, r in enumerate(lines) if r.startswith(heads)):]
                caught_msg = ''.join(lines)
                if not quiet:
                    got += _traceback_text(error)
                boom = example.exc_msg is None
                ok = not boom and (
                    same(example.exc_msg, caught_msg, self.optionflags)
                    or bool(self.optionflags & IGNORE_EXCEPTION_DETAIL)
                    and same(_exception_name_only(example.exc_msg),
                              _exception_name_only(caught_msg), self.optionflags))
            if not quiet:
                if boom:
                    detail = (type(error), error, error.__traceback__)
                    self.report_unexpected_exception(out, test, example, detail)
                else:
                    (self.report_success if ok else self.report_failure)(out, test, example, got)
            return not ok
        finally:
            _source_lines(filename, None)
            error = None

    def _run_examples(self, test, flags, out):
        failed = tried = 0
        base = self.optionflags
        for index, example in enumerate(test.examples):
            quiet = bool(base & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = base
            for bit, on in example.options.items():
                self.optionflags = (self.optionflags | bit) if on else (self.optionflags & ~bit)
            if SKIP & self.optionflags:
                continue
            tried += 1
            if not quiet:
                self.report_start(out, test, example)
            failed += self._one(test, index, example, flags, out, quiet)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base
        before = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (before[0] + failed, before[1] + tried)
        self.failures += failed
        self.tries += tried
        return TestResults(failed, tried)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        '''Runs test's examples with output captured; returns TestResults(failed, attempted).'''
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        sys.stdout = self._capture
        hook = getattr(sys, 'displayhook', None)
        if hook is not None:
            sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            if hook is not None:
                sys.displayhook = hook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        '''Prints the totals of all tests run; returns TestResults(failed, attempted).'''
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        all_failed = all_tried = 0
        for name, (failed, tried) in self._name2ft.items():
            all_failed += failed
            all_tried += tried
            if not tried:
                empty.append(name)
            elif not failed:
                clean.append((name, tried))
            else:
                broken.append((name, (failed, tried)))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in sorted(empty):
                    print('   ', name)
            if clean:
                print(len(clean), 'items passed all tests:')
                for name, tried in sorted(clean):
                    print(' %3d tests in %s' % (tried, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for name, (failed, tried) in sorted(broken):
                print(' %3d of %3d in %s' % (failed, tried, name))
        if verbose:
            print(all_tried, 'tests in', len(self._name2ft), 'items.')
            print(all_tried - all_failed, 'passed and', all_failed, 'failed.')
        if all_failed:
            print('***Test Failed***', all_failed, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(all_failed, all_tried)

    def merge(self, other):
        '''Adds other's per-test counts to this runner's.'''
        for name, (failed, tried) in other._name2ft.items():
            old = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old[0] + failed, old[1] + tried)
`;
