"""pymm's stand-in for test.support.threading_helper: pymm runs a thread to completion when it starts."""
import unittest


def requires_working_threading(*, module=False):
    return unittest.skip("requires_working_threading: pymm runs a thread to completion when it starts")


def reap_threads(func):
    return func


class start_threads:
    def __init__(self, threads, unlock=None):
        pass

    def __enter__(self):
        raise unittest.SkipTest("start_threads: pymm runs a thread to completion when it starts")

    def __exit__(self, *exc):
        return False
