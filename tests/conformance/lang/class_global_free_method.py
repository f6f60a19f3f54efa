# A class body's `global x` does not change what its methods see: their free x is the
# enclosing function's (CPython's DEF_FREE_CLASS); the class body itself reads the global.
x = 'g'


def test(x):
    class Foo:
        global x
        y = x

        def __call__(self, z):
            return x + z
    return Foo


F = test(6)
print(F.y, F()(2))
x = -1
print(test(3)()(2), test(3).y)


class A:
    pass


for f in (type.__setattr__, object.__getattribute__, object.__delattr__):
    try:
        f(A, b'x', None) if f is type.__setattr__ else f(A(), b'x')
    except TypeError as e:
        print(f.__name__, e)
