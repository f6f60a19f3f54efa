"""pymm's stand-in for CPython's test.support: the helpers test_gc.py uses.

Tests that need subprocesses, threads, ctypes or _testcapi are skipped with a reason.
"""
import gc
import sys
import unittest

verbose = 1
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 300.0


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
