# isinstance/issubclass as object_isinstance does them: an instance's overridden __class__
# counts (the way mock specs pass isinstance), objects with a __bases__ tuple act as classes,
# errors other than AttributeError propagate, and deep tuples hit the recursion limit.
class Spec:
    pass


class Impostor:
    @property
    def __class__(self):
        return Spec


class Declared:
    __class__ = Spec


fake = Impostor()
print(fake.__class__.__name__, type(fake).__name__, Declared().__class__.__name__)
print(isinstance(fake, Spec), isinstance(fake, Impostor), isinstance(fake, (int, Spec)))
print(isinstance(Declared(), Spec), isinstance(1, Spec))


class AbstractClass:
    def __init__(self, *bases):
        self.bases = bases

    @property
    def __bases__(self):
        return self.bases


class AbstractInstance:
    def __init__(self, cls):
        self.cls = cls

    @property
    def __class__(self):
        return self.cls


Base = AbstractClass()
Left = AbstractClass(Base)
Right = AbstractClass()
Both = AbstractClass(Right, Left)
print(isinstance(AbstractInstance(Both), Base), isinstance(AbstractInstance(Right), Base))
print(issubclass(Both, Base), issubclass(Base, Both), issubclass(Left, (int, Base)))
for args in ((1, int), (int, 1), (Both, int), (int, Both)):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1, Impostor())
except TypeError as e:
    print('TypeError', e)


class Broken:
    @property
    def __bases__(self):
        raise RuntimeError('bases exploded')


try:
    issubclass(Broken(), Base)
except RuntimeError as e:
    print('RuntimeError', e)

nested = (str,)
for _ in range(5000):
    nested = (nested,)
try:
    isinstance('', nested)
except RecursionError as e:
    print('RecursionError', e)
try:
    issubclass(str, nested)
except RecursionError as e:
    print('RecursionError', e)
