// The abc module in Python: ABCMeta with registration and subclass hooks, abstractmethod, ABC
// (the abstract-method computation is native: abc.ts).

/** Python source of the `abc` module, run in the module's namespace. */
export const ABC_PY = String.raw`
'''Abstract Base Classes (ABCs) according to PEP 3119.'''


def abstractmethod(funcobj):
    '''A decorator indicating abstract methods.'''
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_abc_invalidation_counter = 0


# _is_abstract(value) and _compute_abstracts(cls, namespace, bases) are native (abc.ts),
# as CPython's _abc module computes them in C.


class ABCMeta(type):
    '''Metaclass for defining Abstract Base Classes (ABCs).'''

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_cache_version = _abc_invalidation_counter
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        '''Register a virtual subclass of an ABC.'''
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        '''Override for isinstance(instance, cls).'''
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        if subtype is not subclass:
            return cls.__subclasscheck__(subtype)
        return False

    def __subclasscheck__(cls, subclass):
        '''Override for issubclass(subclass, cls).'''
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls._abc_cache_version != _abc_invalidation_counter:
            cls._abc_cache = set()
            cls._abc_cache_version = _abc_invalidation_counter
        if subclass in cls._abc_cache:
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache = set()


def get_cache_token():
    '''Returns the current ABC cache token.'''
    return _abc_invalidation_counter


def update_abstractmethods(cls):
    '''Recalculate the set of abstract methods of an abstract class.'''
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    '''Helper class that provides a standard way to create an ABC using
    inheritance.'''
    __slots__ = ()
`;
