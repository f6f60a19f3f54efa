# pymm's stand-in for CPython's `test` package: just enough of test.support for running
# CPython's own test files (test_gc.py) unmodified. Our code, not CPython's.
