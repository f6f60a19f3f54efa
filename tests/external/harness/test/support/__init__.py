"""pymm's stand-in for CPython's test.support: the helpers test_gc.py uses.

Tests that need subprocesses, threads, ctypes or _testcapi are skipped with a reason.
"""
import contextlib
import functools
import gc
import sys
import unittest

# Where CPython's test package, its stdlib and its source tree would be (the tree is absent
# for an installed python, so tests reading Doc/*.rst skip those parts).
if sys.path and sys.path[0].replace('\\', '/').rstrip('/').endswith('/test'):
    TEST_HOME_DIR = sys.path[0].rstrip('/')
elif sys.path and sys.path[0].rstrip('/').rsplit('/', 1)[0].endswith('/test'):
    TEST_HOME_DIR = sys.path[0].rstrip('/').rsplit('/', 1)[0]
else:
    TEST_HOME_DIR = __file__.rsplit('/', 2)[0]
TEST_SUPPORT_DIR = TEST_HOME_DIR + '/support'
STDLIB_DIR = TEST_HOME_DIR.rsplit('/', 1)[0]
REPO_ROOT = STDLIB_DIR.rsplit('/', 1)[0]
TEST_DATA_DIR = TEST_HOME_DIR + '/data'

# CPython's own helper modules of test.support that need nothing outside the sandbox
# (warnings_helper, ...) come from the local python3's test/support, after ours.
if TEST_SUPPORT_DIR != __file__.rsplit('/', 1)[0]:
    __path__.append(TEST_SUPPORT_DIR)

verbose = 1
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 300.0
MAX_Py_ssize_t = sys.maxsize


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


def bigaddrspacetest(f):
    """A test needing a 64-bit address space's worth of memory: not run here."""
    return unittest.skip('not enough memory: pymm has no big address space')(f)


def skip_if_pgo_task(test):
    """No PGO training run here: the test always runs."""
    return test


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    """Asserts that calling `tp` raises TypeError("cannot create '<qualified name>' instances")."""
    import re
    qualname = tp.__name__ if tp.__module__ == 'builtins' else f'{tp.__module__}.{tp.__name__}'
    testcase.assertRaisesRegex(TypeError, f"cannot create '{re.escape(qualname)}' instances", tp, *args, **kwds)


def refcount_test(test):
    """A test that checks reference counts: pymm counts as CPython does, so it runs."""
    return test


def cpython_only(test):
    """CPython implementation details: pymm follows CPython's (and has the one _testcapi hook
    test_gc.py uses, with_tp_del), so these tests run."""
    return test


def impl_detail(msg=None, **guards):
    if guards.get('cpython', True):
        return unittest.skip(msg or "CPython implementation detail")
    return lambda f: f


def requires_subprocess():
    """pymm programs cannot start processes."""
    return unittest.skip("requires_subprocess: pymm has no subprocesses")


def requires_resource(resource):
    return unittest.skip("requires resource %r" % (resource,))


def gc_collect():
    """Collect as CPython's test.support does: three full collections."""
    gc.collect()
    gc.collect()
    gc.collect()


class disable_gc:
    """Context manager: the collector off inside, restored after."""

    def __enter__(self):
        self.have_gc = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.have_gc:
            gc.enable()
        return False


class SuppressCrashReport:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def run_unittest(*classes):
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    return unittest.TextTestRunner(verbosity=2).run(suite)


class _ALWAYS_EQ:
    """Object that is equal to anything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = _ALWAYS_EQ()


class _NEVER_EQ:
    """Object that is not equal to anything."""

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


NEVER_EQ = _NEVER_EQ()


is_emscripten = sys.platform == "emscripten"
is_wasi = sys.platform == "wasi"
has_subprocess_support = False


def get_attribute(obj, name):
    """getattr(obj, name), skipping the test when the attribute is missing."""
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("object %r has no attribute %r" % (obj, name))


class _captured_output:
    """Replaces sys.<name> with a StringIO inside the with block; the StringIO is the value."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        import io
        self.orig = getattr(sys, self.name)
        setattr(sys, self.name, io.StringIO())
        return getattr(sys, self.name)

    def __exit__(self, *exc):
        setattr(sys, self.name, self.orig)
        return False


def captured_output(stream_name):
    return _captured_output(stream_name)


def captured_stdout():
    return _captured_output("stdout")


def captured_stderr():
    return _captured_output("stderr")


def captured_stdin():
    return _captured_output("stdin")


class swap_attr:
    """obj.attr set to new_val inside the with block (created, then deleted, if missing)."""

    def __init__(self, obj, attr, new_val):
        self.obj, self.attr, self.new_val = obj, attr, new_val

    def __enter__(self):
        self.had = hasattr(self.obj, self.attr)
        self.real_val = getattr(self.obj, self.attr) if self.had else None
        setattr(self.obj, self.attr, self.new_val)
        return self.real_val

    def __exit__(self, *exc):
        if self.had:
            setattr(self.obj, self.attr, self.real_val)
        elif hasattr(self.obj, self.attr):
            delattr(self.obj, self.attr)
        return False


def reap_children():
    """pymm starts no processes: nothing to reap."""


def with_pymalloc():
    import _testcapi
    return _testcapi.WITH_PYMALLOC


def get_recursion_depth():
    """The caller's recursion depth (1 at a module's top level)."""
    import _testinternalcapi
    return max(_testinternalcapi.get_recursion_depth() - 1, 1)


# The object header struct formats of CPython's test.support (64-bit, no Py_TRACE_REFS).
_header = 'nP'
_align = '0n'
_vheader = _header + 'n'


def calcobjsize(fmt):
    import struct
    return struct.calcsize(_header + fmt + _align)


def calcvobjsize(fmt):
    import struct
    return struct.calcsize(_vheader + fmt + _align)


_TPFLAGS_HAVE_GC = 1 << 14
_TPFLAGS_HEAPTYPE = 1 << 9


def check_sizeof(test, o, size):
    """sys.getsizeof(o) must be `size` plus the GC header for a GC type (or a heap type)."""
    import _testinternalcapi
    result = sys.getsizeof(o)
    if ((type(o) == type) and (o.__flags__ & _TPFLAGS_HEAPTYPE) or
            ((type(o) != type) and (type(o).__flags__ & _TPFLAGS_HAVE_GC))):
        size += _testinternalcapi.SIZEOF_PYGC_HEAD
    msg = 'wrong size for %s: got %d, expected %d' % (type(o), result, size)
    test.assertEqual(result, size, msg)


def check_impl_detail(**guards):
    """True where CPython's implementation details hold: pymm answers as CPython does."""
    if not guards:
        return True
    default = not all(guards.values())
    return guards.get('cpython', default)


def check_free_after_iterating(test, iter, cls, args=()):
    """The sequence an exhausted iterator held is freed right after the end of iterating."""
    done = False

    class A(cls):
        def __del__(self):
            nonlocal done
            done = True
            try:
                next(it)
            except StopIteration:
                pass

    it = iter(A(*args))
    test.assertRaises(StopIteration, next, it)
    gc_collect()
    test.assertTrue(done)


def requires_fork():
    """pymm programs cannot fork."""
    return unittest.skip("requires_fork: pymm has no subprocesses")


def wait_process(pid, *, exitcode, timeout=None):
    raise unittest.SkipTest("wait_process: pymm has no subprocesses")


def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    """compile(statement) must raise a SyntaxError matching errtext, at lineno/offset if given."""
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


def no_tracing(func):
    """The test runs with no trace function set (pymm has none to unset)."""
    if not hasattr(sys, 'gettrace'):
        return func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        original_trace = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(original_trace)
    return wrapper


def _check_docstrings():
    """Just used to check if docstrings are enabled"""


MISSING_C_DOCSTRINGS = False
HAVE_DOCSTRINGS = _check_docstrings.__doc__ is not None
requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS, "test requires docstrings")

requires_IEEE_754 = unittest.skipUnless(
    float.__getformat__("double").startswith("IEEE"),
    "test requires IEEE 754 doubles")

NHASHBITS = sys.hash_info.width


class catch_unraisable_exception:
    """sys.unraisablehook replaced inside the with block; the caught one is cm.unraisable."""

    def __init__(self):
        self.unraisable = None
        self._old_hook = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._old_hook = sys.unraisablehook
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self._old_hook
        del self.unraisable


real_max_memuse = 0


def bigmemtest(size, memuse, dry_run=True):
    """A big-memory test: run with a small size (no -M), as CPython's regrtest does by default."""
    def decorator(f):
        def wrapper(self):
            if not dry_run:
                raise unittest.SkipTest(
                    "not enough memory: %.1fG minimum needed" % (size * memuse / (1024 ** 3)))
            return f(self, 5147)
        wrapper.size = size
        wrapper.memuse = memuse
        return wrapper
    return decorator


@contextlib.contextmanager
def adjust_int_max_str_digits(max_digits):
    """Temporarily change the integer string conversion length limit."""
    current = sys.get_int_max_str_digits()
    try:
        sys.set_int_max_str_digits(max_digits)
        yield
    finally:
        sys.set_int_max_str_digits(current)


@contextlib.contextmanager
def run_with_locale(catstr, *locales):
    """Runs the block in the first of `locales` that can be set for locale category `catstr`."""
    try:
        import locale
        category = getattr(locale, catstr)
        orig_locale = locale.setlocale(category)
    except AttributeError:
        raise
    except Exception:
        locale = orig_locale = None
    else:
        for loc in locales:
            try:
                locale.setlocale(category, loc)
                break
            except Exception:
                pass
    try:
        yield
    finally:
        if locale and orig_locale:
            locale.setlocale(category, orig_locale)


@contextlib.contextmanager
def infinite_recursion(max_depth=75):
    """Runs the block (or the decorated test) under a low recursion limit."""
    saved = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(max_depth)
        yield
    finally:
        sys.setrecursionlimit(saved)


# More of CPython's test.support names that the language test modules import
# (test_builtin, test_re, test_decimal, test_operator, datetimetester, ...).
_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
has_strftime_extensions = False
requires_legacy_unicode_capi = unittest.skip('no legacy unicode C API in pymm')


def is_resource_enabled(resource):
    """No regrtest resources (network, cpu, ...) are enabled here."""
    return False


def check_sanitizer(*, address=False, memory=False, ub=False):
    """pymm is never built with a sanitizer."""
    return False


def darwin_malloc_err_warning(test_name):
    """Only for macOS's malloc; nothing to do here."""


def requires_mac_ver(*min_version):
    """Not macOS: the test always runs."""
    return lambda func: func


def setswitchinterval(interval):
    """Sets sys's switch interval (no threads switch in pymm)."""
    return sys.setswitchinterval(interval)


def maybe_get_event_loop_policy():
    """The global event loop policy if one is set, else None."""
    import asyncio.events
    return getattr(asyncio.events, '_event_loop_policy', None)


@contextlib.contextmanager
def swap_item(obj, item, new_val):
    """Temporarily sets obj[item] to new_val (created and deleted again if missing)."""
    if item in obj:
        real_val = obj[item]
        obj[item] = new_val
        try:
            yield real_val
        finally:
            obj[item] = real_val
    else:
        obj[item] = new_val
        try:
            yield
        finally:
            if item in obj:
                del obj[item]


def run_with_tz(tz):
    """No time.tzset here: the decorated test is skipped."""
    return unittest.skip('pymm has no time.tzset')


def findfile(filename, subdir=None):
    """The file's path in the test directory or on sys.path, else filename."""
    import os
    if os.path.isabs(filename):
        return filename
    if subdir is not None:
        filename = os.path.join(subdir, filename)
    for dn in sys.path:
        fn = os.path.join(dn, filename)
        if os.path.exists(fn):
            return fn
    return filename


@functools.total_ordering
class _LARGEST:
    """Object that is greater than anything (except itself)."""
    def __eq__(self, other):
        return isinstance(other, _LARGEST)

    def __lt__(self, other):
        return False


LARGEST = _LARGEST()


@functools.total_ordering
class _SMALLEST:
    """Object that is less than anything (except itself)."""
    def __eq__(self, other):
        return isinstance(other, _SMALLEST)

    def __gt__(self, other):
        return False


SMALLEST = _SMALLEST()


def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    """Asserts that module.__all__ lists the module's public names."""
    if name_of_module is None:
        name_of_module = (module.__name__, )
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module, )
    expected = set(extra)
    for name in dir(module):
        if name.startswith('_') or name in not_exported:
            continue
        obj = getattr(module, name)
        if (getattr(obj, '__module__', None) in name_of_module or
                (not hasattr(obj, '__module__') and not isinstance(obj, type(sys)))):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)


# The modules of CPython's test packages: pymm's sandbox cannot list the host's directories.
_PACKAGE_MODULES = {
    'test_json': ['test_decode', 'test_default', 'test_dump', 'test_encode_basestring_ascii',
                  'test_enum', 'test_fail', 'test_float', 'test_indent', 'test_pass1',
                  'test_pass2', 'test_pass3', 'test_recursion', 'test_scanstring',
                  'test_separators', 'test_speedups', 'test_tool', 'test_unicode'],
}


def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    """Adds the tests of every test*.py module of the test package in pkg_dir."""
    import fnmatch
    import importlib
    import os
    short = pkg_dir.rstrip('/').rsplit('/', 1)[-1]
    # (The sandbox holds only the file being run, so the listing may be short.)
    names = set(_PACKAGE_MODULES.get(short, []))
    try:
        names.update(name[:-3] for name in os.listdir(pkg_dir) if name.endswith('.py'))
    except OSError:
        pass
    names = sorted(names)
    for name in names:
        if fnmatch.fnmatch(name + '.py', pattern or 'test*.py'):
            module = importlib.import_module('test.' + short + '.' + name)
            standard_tests.addTests(loader.loadTestsFromModule(module, pattern=pattern))
    return standard_tests
