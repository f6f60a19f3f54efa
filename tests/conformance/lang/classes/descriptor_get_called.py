# property, staticmethod and classmethod have a callable __get__, as descriptors that
# wrap others (functools.partialmethod, user decorators) use it; classmethod and
# staticmethod copy the function's __annotations__.


def f(cls_or_x, y: int = 0) -> str:
    return '%s %s' % (getattr(cls_or_x, '__name__', cls_or_x), y)


class A:
    pass


cm = classmethod(f)
sm = staticmethod(f)
pr = property(lambda self: 'prop of %s' % type(self).__name__)
for d in (cm, sm, pr):
    print(type(d).__name__, hasattr(d, '__get__'), hasattr(type(d), '__get__'))
print(cm.__get__(None, A)(1), cm.__get__(A())(2), cm.__get__(A(), A)(3))
print(sm.__get__(None, A)('s'), sm.__get__(A())('t'))
print(pr.__get__(A()), pr.__get__(None, A) is pr, pr.__get__(A(), A))
for d in (cm, sm, pr):
    try:
        d.__get__(None, None)
    except TypeError as e:
        print('TypeError', e)
    try:
        d.__get__()
    except TypeError as e:
        print('TypeError', type(e).__name__)
print(cm.__annotations__, sm.__annotations__ is f.__annotations__)
print(sorted(cm.__dict__), sorted(sm.__dict__))


class Wrap:
    """A descriptor that defers to the one it wraps."""

    def __init__(self, inner):
        self.inner = inner

    def __get__(self, obj, owner=None):
        return self.inner.__get__(obj, owner)


class B:
    c = Wrap(classmethod(f))
    s = Wrap(staticmethod(f))
    p = Wrap(property(lambda self: 'wrapped prop'))


print(B.c(4), B().c(5), B.s('x'), B().p)
