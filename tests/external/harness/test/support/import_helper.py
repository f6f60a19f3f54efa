"""pymm's stand-in for test.support.import_helper."""
import unittest


def import_module(name, deprecated=False, *, required_on=()):
    """Imports a module, or skips the test when pymm does not have it."""
    try:
        return __import__(name)
    except ImportError as msg:
        raise unittest.SkipTest(str(msg))
