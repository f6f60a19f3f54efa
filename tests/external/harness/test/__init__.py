# pymm's stand-in for CPython's `test` package: just enough of test.support for running
# CPython's own test files (test_gc.py) unmodified. Our code, not CPython's.
import sys as _sys

# CPython's own helper modules of its test package (mapping_tests, seq_tests, ...) sit next
# to the test file being run (sys.path[0]): `from test import mapping_tests` finds them there.
if _sys.path and _sys.path[0].replace('\\', '/').rstrip('/').endswith('/test'):
    __path__.append(_sys.path[0])
del _sys
