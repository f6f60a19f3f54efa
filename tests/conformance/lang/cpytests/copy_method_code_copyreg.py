# copy: a bound method deep-copies as its function bound to a deep copy of its object,
# code objects are their own copies, and copyreg.pickle() registrations are used.
import copy, copyreg


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


class Holder:
    def __init__(self, cb):
        self.cb = cb


c = Counter()
h = Holder(c.bump)
h2 = copy.deepcopy(h)
print(h2.cb(), h2.cb(), c.n, h2.cb.__self__ is not c, h2.cb.__func__ is Counter.bump)
print(copy.copy(h).cb.__self__ is c)

def f(): pass
print(copy.copy(f.__code__) is f.__code__, copy.deepcopy(f.__code__) is f.__code__)


class C(object):
    def __new__(cls, foo):
        obj = object.__new__(cls)
        obj.foo = foo
        return obj


def pickle_C(obj):
    return (C, (obj.foo,))


x = C(42)
copyreg.pickle(C, pickle_C)
y = copy.copy(x)
z = copy.deepcopy(x)
print(y is not x, y.foo, z.foo, type(z).__name__)
import copy
class C:
    def __reduce__(self):
        return (C, (), self.__dict__, None, None, None)
for f in (copy.copy, copy.deepcopy):
    try:
        f(C())
    except TypeError as e:
        print("TypeError", e)
class D:
    def __reduce__(self):
        return (D, (), {'a': 1}, iter([]), iter([]))
print(copy.copy(D()).a, copy.deepcopy(D()).a)
