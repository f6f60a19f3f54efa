# The assert* methods of unittest.TestCase: what passes, and the failure messages users read.
import unittest


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Box(%r)' % (self.v,)


t = unittest.TestCase()


def check(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print(label, '->', type(e).__name__, repr(str(e)))
    except Exception as e:
        print(label, '-> other', type(e).__name__, e)
    else:
        print(label, '-> ok')


check('eq ints', t.assertEqual, 1, 2)
check('eq ok', t.assertEqual, 3, 3)
check('eq mixed', t.assertEqual, 1, '1')
check('eq none', t.assertEqual, None, 0)
check('eq floats', t.assertEqual, 0.1 + 0.2, 0.3)
check('eq objects', t.assertEqual, Box(1), Box(1))
check('eq msg', t.assertEqual, 1, 2, 'numbers differ')
check('eq msg kw', t.assertEqual, 1, 2, msg='kw message')
check('ne', t.assertNotEqual, 5, 5)
check('ne msg', t.assertNotEqual, 'a', 'a', 'same')
check('true', t.assertTrue, 0)
check('true list', t.assertTrue, [])
check('true msg', t.assertTrue, False, 'was false')
check('false', t.assertFalse, 'x')
check('is', t.assertIs, 1, None)
check('is not', t.assertIsNot, None, None)
check('is none', t.assertIsNone, 3)
check('is not none', t.assertIsNotNone, None)
check('in', t.assertIn, 4, [1, 2, 3])
check('in str', t.assertIn, 'z', 'abc')
check('not in', t.assertNotIn, 2, (1, 2))
check('isinstance', t.assertIsInstance, 3, str)
check('isinstance tuple', t.assertIsInstance, 3, (str, list))
check('not isinstance', t.assertNotIsInstance, 3, int)
check('less', t.assertLess, 3, 2)
check('less equal', t.assertLessEqual, 3, 2)
check('greater', t.assertGreater, 2, 3)
check('greater equal', t.assertGreaterEqual, 2, 3)
check('less ok', t.assertLess, 1, 2)
check('almost', t.assertAlmostEqual, 1.0, 1.1)
check('almost ok', t.assertAlmostEqual, 1.0, 1.00000001)
check('almost places', t.assertAlmostEqual, 1.0, 1.01, places=1)
check('almost places fail', t.assertAlmostEqual, 1.0, 1.01, places=3)
check('almost delta', t.assertAlmostEqual, 10, 12, delta=1)
check('almost delta ok', t.assertAlmostEqual, 10, 12, delta=3)
check('almost both', t.assertAlmostEqual, 1, 2, places=1, delta=1)
check('not almost', t.assertNotAlmostEqual, 1.0, 1.00000001)
check('not almost delta', t.assertNotAlmostEqual, 10, 11, delta=2)
check('count', t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
check('count ok', t.assertCountEqual, 'abca', 'aabc')
check('count unhashable', t.assertCountEqual, [[1], [2]], [[2], [2]])
check('seq', t.assertSequenceEqual, 'abc', ['a', 'b', 'c'])
check('regex', t.assertRegex, 'hello world', r'^wor')
check('regex ok', t.assertRegex, 'hello world', r'w.r')
check('not regex', t.assertNotRegex, 'hello world', r'o\sw')
check('fail', t.fail, 'boom')
check('fail none', t.fail)
check('long list', t.assertIs, list(range(40)), None)
check('set ok', t.assertSetEqual, {1, 2}, frozenset([1, 2]))
check('set type', t.assertSetEqual, {1}, [1])
check('dict type', t.assertDictEqual, {}, [])
check('list type', t.assertListEqual, [], ())

t.longMessage = False
check('short eq msg', t.assertEqual, 1, 2, 'only this')
check('short eq', t.assertEqual, 1, 2)
check('short true msg', t.assertTrue, 0, 'custom')
t.longMessage = True

print('--- assertRaises')
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.args)


def no_raise():
    with t.assertRaises(KeyError):
        pass


check('raises none', no_raise)
check('raises callable', t.assertRaises, ValueError, int, 'x')
check('raises callable none', t.assertRaises, ValueError, int, '5')
check('raises callable lambda', t.assertRaises, ValueError, lambda: None)
check('raises tuple', t.assertRaises, (KeyError, IndexError), [].pop)


def wrong_type():
    with t.assertRaises(KeyError):
        raise IndexError('not a key')


check('raises wrong', wrong_type)


def with_msg():
    with t.assertRaises(KeyError, msg='should raise'):
        pass


check('raises msg', with_msg)
check('raises bad kw', t.assertRaises, KeyError, foo=1)
with t.assertRaisesRegex(ValueError, 'invalid literal') as cm:
    int('zz')
print('regex caught', cm.exception)


def regex_mismatch():
    with t.assertRaisesRegex(ValueError, r'^\d+ apples'):
        raise ValueError('three apples')


check('raises regex mismatch', regex_mismatch)
check('raises regex callable', t.assertRaisesRegex, KeyError, 'missing', {}.__getitem__, 'k')
r = t.assertRaises(TypeError, len, 5)
print('callable form returns', r)

print('--- skipTest / subclass failureException')
try:
    t.skipTest('not now')
except unittest.SkipTest as e:
    print('SkipTest', e)


class MyErr(Exception):
    pass


class T2(unittest.TestCase):
    failureException = MyErr

    def runTest(self):
        pass


try:
    T2().assertEqual(1, 2)
except MyErr as e:
    print('MyErr', e)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
