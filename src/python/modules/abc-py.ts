// The abc module's Python half: ABCMeta (registration, subclass hooks, the positive and
// negative caches), ABC, abstractmethod and its deprecated relatives, get_cache_token and
// update_abstractmethods. It follows the behaviour of CPython 3.11's abc and _abc modules;
// the abstract-name computation is native (abc.ts), as _abc does it in C.

/** Python source of the `abc` module, run in the module's namespace after defineAbcNatives. */
export const ABC_PY = String.raw`
'''Abstract Base Classes (ABCs) according to PEP 3119.'''

# Natives put here by abc.ts: _is_abstract(value), _compute_abstracts(cls, ns, bases),
# and _ref (weakref.ref, so that importing abc does not import weakref).

_token = 0   # bumped by every register(); negative caches older than it are stale


def abstractmethod(funcobj):
    '''Marks funcobj abstract: a class that has it (under ABCMeta) and does not override it
    cannot be instantiated. Apply it innermost, below property, classmethod or staticmethod.'''
    setattr(funcobj, '__isabstractmethod__', True)
    return funcobj


# The three deprecated decorators, as abc.py defines them.

class abstractclassmethod(classmethod):
    '''Deprecated: stack classmethod on abstractmethod instead.'''

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    '''Deprecated: stack staticmethod on abstractmethod instead.'''

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    '''Deprecated: stack property on abstractmethod instead.'''

    __isabstractmethod__ = True


class _SetRef(_ref):
    '''A weak reference to one of the sets below; its bound drop() is the callback of each
    entry, so an entry leaves the set when its class dies.'''
    __slots__ = ()

    def drop(self, entry):
        owner = self()
        if owner is not None:
            owner.discard(entry)


def _need_class(obj, message):
    if not isinstance(obj, type):
        raise TypeError(message)


def _holds(weak, cls):
    if not weak:
        return False
    try:
        return _ref(cls) in weak
    except TypeError:
        return False


class _abc_data:
    '''Per-ABC state: registered classes, known subclasses and known non-subclasses, each a
    set of weak references made on first use, with the weak reference to that set through
    which its entries' callbacks remove them.'''
    __slots__ = ('registry', 'cache', 'negative', 'negative_version',
                 'registry_hold', 'cache_hold', 'negative_hold')

    def __init__(self):
        self.registry = self.cache = self.negative = None
        self.negative_version = _token

    def note(self, which, cls):
        weak = getattr(self, which)
        if weak is None:
            weak = set()
            setattr(self, which, weak)
            setattr(self, which + '_hold', _SetRef(weak))
        weak.add(_ref(cls, getattr(self, which + '_hold').drop))


class ABCMeta(type):
    '''The metaclass of abstract base classes: it records which methods of a class are
    still abstract (such a class cannot be instantiated) and lets unrelated classes,
    built-in ones included, join an ABC as virtual subclasses through register().'''

    def __new__(meta, name, bases, namespace, /, **kwargs):
        made = super().__new__(meta, name, bases, namespace, **kwargs)
        made.__abstractmethods__ = _compute_abstracts(made, namespace, bases)
        made._abc_impl = _abc_data()
        return made

    def register(cls, subclass):
        '''Makes subclass a virtual subclass of this ABC and returns it (so this works as
        a class decorator too).'''
        global _token
        _need_class(subclass, 'Can only register classes')
        if not issubclass(subclass, cls):   # else already a subclass, really or virtually
            if issubclass(cls, subclass):
                raise RuntimeError('Refusing to create an inheritance cycle')
            cls._abc_impl.note('registry', subclass)
            _token += 1
        return subclass

    def __instancecheck__(cls, obj):
        '''isinstance(obj, cls).'''
        st = cls._abc_impl
        claimed = obj.__class__
        if _holds(st.cache, claimed):
            return True
        actual = type(obj)
        if actual is claimed:
            if st.negative_version == _token and _holds(st.negative, claimed):
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, candidate):
        '''issubclass(candidate, cls).'''
        _need_class(candidate, 'issubclass() arg 1 must be a class')
        st = cls._abc_impl
        if _holds(st.cache, candidate):
            return True
        if st.negative_version < _token:
            if st.negative is not None:
                st.negative.clear()
            st.negative_version = _token
        elif _holds(st.negative, candidate):
            return False
        verdict = cls.__subclasshook__(candidate)
        if verdict is True or verdict is False:
            st.note('cache' if verdict else 'negative', candidate)
            return verdict
        if verdict is not NotImplemented:
            raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
        if cls in candidate.__mro__ or _via_registry(st, candidate) is not None:
            st.note('cache', candidate)
            return True
        if _holds(st.registry, candidate):
            return True   # registered directly: not copied into the cache
        for child in cls.__subclasses__():
            if issubclass(candidate, child):
                st.note('cache', candidate)
                return True
        st.note('negative', candidate)
        return False

    def _dump_registry(cls, file=None):
        '''Prints the ABC's registry and caches (for debugging).'''
        st = cls._abc_impl
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {_token}', file=file)
        for label, weak in (('_abc_registry', st.registry), ('_abc_cache', st.cache),
                            ('_abc_negative_cache', st.negative)):
            print(f'{label}: {set(weak or ())!r}', file=file)
        print(f'_abc_negative_cache_version: {st.negative_version!r}', file=file)

    def _abc_registry_clear(cls):
        '''Forgets every registered class (for tests).'''
        st = cls._abc_impl
        if st.registry is not None:
            st.registry.clear()

    def _abc_caches_clear(cls):
        '''Forgets every cached answer (for tests).'''
        st = cls._abc_impl
        for weak in (st.cache, st.negative):
            if weak is not None:
                weak.clear()


def _via_registry(st, subclass):
    # A registered class that subclass derives from (the direct hit is handled by the caller).
    if not st.registry or _holds(st.registry, subclass):
        return None
    for entry in list(st.registry):
        target = entry()
        if target is not None and issubclass(subclass, target):
            return target
    return None


def get_cache_token():
    '''A value that changes whenever any ABC registers a class, so that caches built on
    isinstance or issubclass answers about ABCs know when to start over.'''
    return _token


def update_abstractmethods(cls):
    '''Computes cls.__abstractmethods__ again, for methods added or replaced after the
    class statement (a class without __abstractmethods__ is left as it is); returns cls.'''
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    '''A base class whose metaclass is ABCMeta: deriving from it makes an ABC.'''
    __slots__ = ()
`;
