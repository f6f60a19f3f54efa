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
