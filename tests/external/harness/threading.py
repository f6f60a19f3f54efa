"""pymm's stand-in for threading: pymm runs a thread to completion when it starts; starting one skips the test."""
import unittest


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target

    def start(self):
        raise unittest.SkipTest("threading: pymm runs a thread to completion when it starts")

    def join(self, timeout=None):
        pass


def get_ident():
    return 1


class Lock:
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


RLock = Lock
