# pymm's stand-in for CPython's `test` package: just enough of test.support for running
# CPython's own test files (test_gc.py) unmodified. Our code, not CPython's.
import sys as _sys

# CPython's own helper modules of its test package (mapping_tests, seq_tests, ...) sit next
# to the test file being run (sys.path[0]): `from test import mapping_tests` finds them there.
# A test package run through its __main__.py (test/test_json) has its parent there instead.
if _sys.path:
    _here = _sys.path[0].replace('\\', '/').rstrip('/')
    if _here.endswith('/test'):
        __path__.append(_here)
    elif _here.rsplit('/', 1)[0].endswith('/test'):
        __path__.append(_here.rsplit('/', 1)[0])
    del _here
del _sys
