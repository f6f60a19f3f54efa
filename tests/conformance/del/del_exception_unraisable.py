# An exception raised in __del__ is printed as unraisable and ignored.
import sys

sys.unraisablehook = lambda u: print('unraisable:', type(u.exc_value).__name__, u.exc_value)


class Bad:
    def __del__(self):
        raise RuntimeError('in __del__')


b = Bad()
del b
print('still running')
