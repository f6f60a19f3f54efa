# A class attribute looked up by a temporary str, then a new name made at the freed str's address:
# the lookup cache must not answer for the new name (CPython caches interned names only, held).
import sys


class A:
    def mm(self):
        return 'mm'


name = ''.join(['m', 'm'])
print(getattr(A, name).__name__)
del name
other = sys.intern(''.join(['x', 'y']))
print(getattr(A, other, 'no attribute xy'))
for i in range(5):
    n = ''.join(['m', 'm'])
    getattr(A, n)
    del n
    t = sys.intern(''.join(['a', chr(97 + i)]))
    print(t, hasattr(A, t))
