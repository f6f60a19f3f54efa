# raise ... from ...: what may be a cause, and classes that do not make exceptions.
import sys
class E(Exception):
    def __new__(cls, *a):
        return 5
for src in ['raise E', 'raise ValueError from E', 'raise ValueError from 1', 'raise 1 from 2',
            'raise ValueError from KeyError', 'raise ValueError from None', 'raise TypeError("t") from ValueError("v")']:
    try:
        exec(src)
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__cause__), e.__suppress_context__)
class A(Exception): pass
class C(Exception): pass
a = sys.getrefcount(A); c = sys.getrefcount(C)
for i in range(100):
    try:
        raise A from C
    except A:
        pass
print(sys.getrefcount(A) - a, sys.getrefcount(C) - c)
raise ValueError('bad') from 'not an exception'
