# Nested subtests (parameter order, skips inside), an expected failure inside a subtest, the
# bare @skip decorator, and assertEqual's pretty-printed diffs of nested and long containers.
import io
import re
import unittest


class A(unittest.TestCase):
    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 2)
            with self.subTest(a=3, c=4):
                self.assertTrue(None)
            with self.subTest():
                pass
        with self.subTest('m'):
            self.skipTest('inner skip')

    @unittest.expectedFailure
    def test_xfail_sub(self):
        with self.subTest(x=1):
            self.fail('x')
        print('not reached')

    @unittest.skip
    def test_bare_skip(self):
        pass

    def test_empty_sub(self):
        with self.subTest():
            raise ValueError

    def test_loop(self):
        for word in ['ab', 'cd', 'e']:
            with self.subTest(word=word):
                self.assertEqual(len(word), 2, 'length of %r' % word)


buf = io.StringIO()
loader = unittest.defaultTestLoader
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(loader.loadTestsFromTestCase(A))
print(re.sub(r'in \d+\.\d+s', 'in T', buf.getvalue()))
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures))
print(A.test_bare_skip.__name__, repr(A.test_bare_skip.__unittest_skip_why__))

t = unittest.TestCase()
cases = [
    ({'a': [1, 2, {'z': 1, 'y': 2}]}, {'a': [1, 2, {'z': 1, 'y': 3}]}),
    ([{'key%d' % i: 'value' * 3} for i in range(6)], [{'key%d' % i: 'value' * 3} for i in range(1, 7)]),
    (('a' * 30, 'b' * 30, 'c' * 30), ('a' * 30, 'b' * 31, 'c' * 30)),
    ({i: {'x': i} for i in range(12)}, {i: {'x': i + (i == 5)} for i in range(12)}),
    ('abc\ndef\nghi\n' * 3, 'abc\ndxf\nghi\n' * 3),
    ([{1, 2}, frozenset([3])] * 8, [{1, 2}, frozenset([4])] * 8),
    ([(1, 'one'), (2, 'two')] * 5, [(1, 'one'), (2, 'too')] * 5),
    ({'b': [1] * 30, 'a': None}, {'b': [1] * 30, 'a': 0}),
    (['word ' * 30, 'short'], ['word ' * 29 + 'end', 'short']),
    ({'log': 'line one\nline two is a rather long line of text that goes on and on and on\n'},
     {'log': 'line one\nline 2 is a rather long line of text that goes on and on and on\n'}),
    ('The quick brown fox jumps over the lazy dog\n', 'The quick brown cat jumps over a lazy dog\n'),
]
for one, two in cases:
    try:
        t.assertEqual(one, two)
    except AssertionError as e:
        print(e)
        print('~~~')
