# doctest option flags and directives, run_docstring_examples, verbose output and the parser.
import doctest


def flags():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(5)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,
     3, 4]
    >>> raise ValueError("some detail")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> 1 == 1
    1
    >>> this_is_skipped()  # doctest: +SKIP
    nothing
    >>> object()  # doctest: +ELLIPSIS
    <object object at 0x...>
    >>> print("a   b")
    a b
    >>> list(range(20))
    [0, 1, ..., 19]
    """


def all_pass():
    """
    >>> x = 5
    >>> x * 2
    10
    >>> print("hello")
    hello
    """


print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.IGNORE_EXCEPTION_DETAIL,
      doctest.SKIP, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST, doctest.COMPARISON_FLAGS,
      doctest.REPORTING_FLAGS, doctest.DONT_ACCEPT_TRUE_FOR_1, doctest.DONT_ACCEPT_BLANKLINE)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1])[:3])

print("== run_docstring_examples flags")
doctest.run_docstring_examples(flags, {}, name="flags")
print("== all_pass")
doctest.run_docstring_examples(all_pass, globals())
print("== verbose")
doctest.run_docstring_examples(all_pass, {}, verbose=True, name="all_pass")
print("== global ELLIPSIS | NORMALIZE_WHITESPACE")
doctest.run_docstring_examples(flags, {}, name="flags", optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)


def several():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """


print("== report only first failure")
doctest.run_docstring_examples(several, {}, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("== fail fast")
doctest.run_docstring_examples(several, {}, optionflags=doctest.FAIL_FAST)

parser = doctest.DocTestParser()
text = """
Some text.
    >>> a = 1
    >>> a + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1

More text.
"""
examples = parser.get_examples(text)
for ex in examples:
    print(repr(ex.source), repr(ex.want), ex.lineno, ex.indent, ex.exc_msg, ex.options)
test = parser.get_doctest(text, {}, "sample", "sample.txt", 10)
print(test, len(test.examples), test.name, test.filename, test.lineno)
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test), runner.failures, runner.tries)
print(runner.summarize(verbose=True))
for bad in (">>>x = 1\n", "  >>> a\n 1\n", ">>> x  # doctest: +NOPE\n"):
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError", e)
checker = doctest.OutputChecker()
print(checker.check_output("a...c\n", "abbbc\n", doctest.ELLIPSIS), checker.check_output("a b\n", "a  b\n", 0))
print(checker.check_output("<BLANKLINE>\n", "\n", 0), checker.check_output("True\n", "1\n", 0), checker.check_output("1\n", "True\n", 0))
finder = doctest.DocTestFinder()
print([t.name for t in finder.find(several, "several")])
