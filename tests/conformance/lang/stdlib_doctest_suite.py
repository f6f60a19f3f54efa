# doctest.DocTestSuite run by unittest: case names, descriptions and the failure report.
import doctest
import io
import unittest


def area(w, h):
    """
    >>> area(2, 3)
    6
    >>> area(2, 0)
    1
    """
    return w * h


def greet(name):
    """
    >>> greet("Ada")
    'Hello, Ada'
    """
    return "Hello, " + name


def boom():
    """
    >>> boom()
    """
    raise RuntimeError("bad")


def no_examples():
    """Nothing to run."""


suite = doctest.DocTestSuite()
print(suite.countTestCases(), [str(t) for t in suite], [t.id() for t in suite])
print([t.shortDescription() for t in suite], type(suite).__name__, isinstance(suite, unittest.TestSuite))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    if not line.startswith("Ran "):
        print(line)
print(result.wasSuccessful(), len(result.failures), len(result.errors), result.testsRun)
print(doctest.DocTestCase.__name__, doctest.DocTestCase.__module__)
loader_suite = unittest.TestSuite()
loader_suite.addTests(doctest.DocTestSuite(optionflags=doctest.ELLIPSIS))
print(loader_suite.countTestCases())
