"""pymm's stand-in for test.support.import_helper."""
import unittest


def import_module(name, deprecated=False, *, required_on=()):
    """Imports a module, or skips the test when pymm does not have it."""
    try:
        return __import__(name)
    except ImportError as msg:
        raise unittest.SkipTest(str(msg))


def import_fresh_module(name, fresh=(), blocked=(), *, deprecated=False):
    """Imports `name` afresh (pymm's built-in modules are made once: the module itself)."""
    import importlib
    import sys
    for n in blocked:
        if n == name:
            return None
    saved = sys.modules.pop(name, None)
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
    finally:
        if saved is not None:
            sys.modules[name] = saved
