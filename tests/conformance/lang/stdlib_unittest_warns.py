import unittest, io, re, warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def quiet(x):
    return x

class T(unittest.TestCase):
    def test_cm(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_api(2), 4)
        print('warning:', cm.warning, type(cm.warning).__name__, cm.lineno > 0)
    def test_callable(self):
        self.assertWarns(DeprecationWarning, old_api, 3)
    def test_regex(self):
        with self.assertWarnsRegex(DeprecationWarning, r'use new_\w+'):
            old_api(1)
    def test_regex_mismatch(self):
        with self.assertWarnsRegex(DeprecationWarning, r'nothing like this'):
            old_api(1)
    def test_not_triggered(self):
        with self.assertWarns(UserWarning):
            quiet(1)
    def test_not_triggered_by(self):
        self.assertWarns(UserWarning, quiet, 1)
    def test_tuple(self):
        with self.assertWarns((UserWarning, DeprecationWarning)):
            warnings.warn("u")
    def test_bad_type(self):
        try:
            self.assertWarns(ValueError, quiet, 1)
        except TypeError as e:
            print('TypeError', e)
    def test_twice(self):
        for i in range(2):
            with self.assertWarns(UserWarning):
                warnings.warn("same place")
    def test_exception_passes(self):
        with self.assertRaises(KeyError):
            with self.assertWarns(UserWarning):
                raise KeyError('k')
    def test_msg(self):
        with self.assertWarns(UserWarning, msg='custom'):
            pass

s = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=s, verbosity=2))
print(re.sub(r'\d+\.\d+s', 'Xs', re.sub(r'File ".*?", line \d+', 'F', s.getvalue())))
