# Augmented assignment to fast locals: what __iadd__/__add__/__radd__ see of the operands'
# reference counts, the fallbacks between them, and the errors (UnboundLocalError, TypeError).
import sys
class A:
    def __iadd__(self, o):
        print('iadd', sys.getrefcount(self), sys.getrefcount(o))
        return self
    def __add__(self, o):
        print('add', sys.getrefcount(self))
        return self
    def __radd__(self, o):
        print('radd', sys.getrefcount(self))
        return 7
class B:
    pass
def f():
    a = A()
    b = B()
    a += b
    x = 5
    x += a
    print(x)
    s = 'ab'
    s += 'cd'
    s *= 2
    l = [1]
    l += l
    l *= 2
    n = 10
    n //= 3
    n **= 2
    n <<= 1
    print(s, l, n)
    try:
        n += 'x'
    except TypeError as e:
        print(e)
    try:
        q += 1
        q = 0
    except UnboundLocalError as e:
        print(e)
f()
