# assertEqual's detailed messages: the element report and the ndiff lines that follow it for
# lists, tuples, dicts, sets and strings, and maxDiff's truncation.
import unittest

t = unittest.TestCase()


def show(label, a, b, **kw):
    try:
        t.assertEqual(a, b, **kw)
    except AssertionError as e:
        print('#', label)
        print(e)
    else:
        print('#', label, 'equal')


show('list one', [1, 2, 3], [1, 2, 4])
show('list longer', [1, 2, 3], [1, 2])
show('list shorter', [1], [1, 2, 3])
show('list strings', ['apple', 'banana'], ['apple', 'bananas'])
show('list empty', [], [0])
show('tuple', (1, 'a'), (1, 'b'))
show('list of tuples', [(1, 2), (3, 4)], [(1, 2), (3, 5)])
show('nested', [[1, 2], [3]], [[1, 2], [4]])
show('dict value', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show('dict key', {'a': 1}, {'b': 1})
show('dict order', {'b': 1, 'a': 2}, {'a': 2, 'b': 2})
show('dict empty', {}, {'x': [1, 2]})
show('set', {1, 2, 3}, {2, 3, 4})
show('set only first', {1, 2}, {2})
show('frozenset', frozenset('ab'), frozenset('bc'))
show('str one line', 'hello world', 'hello there')
show('str char', 'abc', 'abd')
show('str empty', '', 'x')
show('str multi', 'one\ntwo\nthree\n', 'one\n2\nthree\n')
show('str multi add', 'a\nb\n', 'a\nb\nc\n')
show('str tabs', 'a\tb', 'a\tc')
show('str spaces', 'the quick brown fox', 'the quick  brown fox')
show('str trailing newline', 'line\n', 'line')
show('str long', 'x' * 100, 'x' * 99 + 'y')
show('list msg', [1], [2], msg='extra info')
show('int vs list', 1, [1])
show('list vs tuple', [1, 2], (1, 2))
show('long lists', list(range(30)), list(range(1, 31)))
show('many lines', '\n'.join(str(i) for i in range(200)), '\n'.join(str(i) for i in range(1, 201)))
t.maxDiff = None
show('many lines no max', '\n'.join(str(i) for i in range(20)), '\n'.join(str(i) for i in range(1, 21)))
t.maxDiff = 40
show('small max', [1, 2, 3, 4, 5], [1, 2, 3, 4, 6])
t.maxDiff = 640
try:
    t.assertListEqual([1, 'x'], [1, 'y'])
except AssertionError as e:
    print(e)
try:
    t.assertTupleEqual((1,), (2,), 'why')
except AssertionError as e:
    print(e)
try:
    t.assertSequenceEqual([1, 2], (1, 3))
except AssertionError as e:
    print(e)
try:
    t.assertMultiLineEqual('a\nb', 'a\nc')
except AssertionError as e:
    print(e)
try:
    t.assertDictEqual({1: 'one'}, {1: 'uno'})
except AssertionError as e:
    print(e)
