"""pymm's stand-in for subprocess: pymm programs cannot start processes, so starting one skips the test."""
import unittest

PIPE = -1
STDOUT = -2
DEVNULL = -3


class CalledProcessError(Exception):
    pass


class Popen:
    def __init__(self, *args, **kwargs):
        raise unittest.SkipTest("subprocess: pymm has no subprocesses")


def run(*args, **kwargs):
    raise unittest.SkipTest("subprocess: pymm has no subprocesses")


def check_output(*args, **kwargs):
    raise unittest.SkipTest("subprocess: pymm has no subprocesses")


def call(*args, **kwargs):
    raise unittest.SkipTest("subprocess: pymm has no subprocesses")
