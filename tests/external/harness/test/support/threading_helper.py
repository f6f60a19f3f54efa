"""pymm's stand-in for test.support.threading_helper: pymm has no threads."""
import unittest


def requires_working_threading(*, module=False):
    return unittest.skip("requires_working_threading: pymm has no threads")


def reap_threads(func):
    return func


class start_threads:
    def __init__(self, threads, unlock=None):
        pass

    def __enter__(self):
        raise unittest.SkipTest("start_threads: pymm has no threads")

    def __exit__(self, *exc):
        return False
