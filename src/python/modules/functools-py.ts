// functools for pymm, run at `import functools`: partialmethod, update_wrapper/wraps,
// lru_cache/cache (with CacheInfo), total_ordering, cached_property, singledispatch and
// singledispatchmethod, with the behaviour of CPython 3.11's module; reduce, partial,
// cmp_to_key and the lru_cache wrapper come from _functools (functools-c-py.ts).
// https://docs.python.org/3.11/library/functools.html

/** The Python source. */
export const FUNCTOOLS_PY = String.raw`
"""Tools on callables: partial application, caching, wrappers, ordering and dispatch."""
import sys as _sys

from _functools import (reduce, partial, cmp_to_key, _lru_cache_wrapper,
                        _make_key)
from abc import get_cache_token
from reprlib import recursive_repr

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

_UNSET = object()


def _generic_alias(cls, params):
    # __class_getitem__ of the generic classes here (types is loaded only when needed).
    import types
    return types.GenericAlias(cls, params)


# --- wrappers -------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copy the attributes named in 'assigned' from wrapped to wrapper, merge the mappings
    named in 'updated', set wrapper.__wrapped__ = wrapped, and return wrapper."""
    for name in assigned:
        value = getattr(wrapped, name, _UNSET)
        if value is not _UNSET:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) makes the decorated function look like f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- partialmethod --------------------------------------------------------------------

def _func_is_abstract(descriptor):
    # __isabstractmethod__ of the method descriptors: that of the function they hold.
    return getattr(descriptor.func, '__isabstractmethod__', False)



class partialmethod:
    """partial for methods: a descriptor that, looked up on an instance (or class),
    calls func with that object first, then the stored arguments, then the call's."""

    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            func, args, keywords = (func.func, func.args + args,
                                    {**func.keywords, **keywords})
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown = ', '.join(repr(a) for a in self.args)
        named = ', '.join('{}={!r}'.format(k, v) for k, v in self.keywords.items())
        kind = type(self)
        return '{}.{}({}, {}, {})'.format(kind.__module__, kind.__qualname__, self.func,
                                          shown, named)

    def _unbound(self):
        # What the class sees: a function taking the instance (or class) first.
        spec = self

        def _method(target, /, *more, **named):
            return spec.func(target, *spec.args, *more, **{**spec.keywords, **named})
        _method.__dict__.update(__isabstractmethod__=self.__isabstractmethod__,
                                _partialmethod=self)
        return _method

    def __get__(self, obj, objtype=None):
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            bound = getter(obj, objtype)
            if bound is not self.func:
                # A descriptor that bound (a function on an instance, a classmethod...).
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _UNSET)
                if owner is not _UNSET:
                    result.__self__ = owner
                return result
        return self._unbound().__get__(obj, objtype)

    __isabstractmethod__ = property(_func_is_abstract)


# --- lru_cache ------------------------------------------------------------------------

class _CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    @classmethod
    def _make(cls, items):
        values = tuple(items)
        if len(values) != 4:
            raise TypeError(f'Expected 4 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, /, **changes):
        values = [changes.pop(name, old) for name, old in zip(self._fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return tuple.__new__(type(self), values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: remembers up to maxsize results (None: no
    limit) by arguments; typed=True keeps equal arguments of different types apart.
    The wrapped function gets cache_info(), cache_clear() and cache_parameters()."""
    if maxsize is None:
        pass
    elif isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif isinstance(typed, bool) and callable(maxsize):
        # Used bare, as @lru_cache: the first argument is the function.
        return _cached(maxsize, 128, typed)
    else:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def cache(user_function, /):
    """An lru_cache without a size limit."""
    return _cached(user_function, None, False)


# --- total_ordering -------------------------------------------------------------------

def _negated(root):
    # not (a ROOT b)
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        return r if r is NotImplemented else not r
    return method


def _strict(root, flip):
    # (a ROOT b, negated when flip) and a != b
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return (not r if flip else r) and self != other
    return method


def _loose(root, flip):
    # (a ROOT b, negated when flip) or a == b
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return (not r if flip else r) or self == other
    return method


def _derived(root, name, method):
    short = {'__lt__': 'lt', '__le__': 'le', '__gt__': 'gt', '__ge__': 'ge'}
    method.__name__ = name
    method.__qualname__ = '_%s_from_%s' % (short[name], short[root])
    return name, method


_ORDERINGS = {}


def _ordering_table():
    # For each root comparison, the other three written with it (and == / !=); made on
    # first use.
    if not _ORDERINGS:
        _ORDERINGS.update({
            '__lt__': [_derived('__lt__', '__gt__', _strict('__lt__', True)),
                       _derived('__lt__', '__le__', _loose('__lt__', False)),
                       _derived('__lt__', '__ge__', _negated('__lt__'))],
            '__le__': [_derived('__le__', '__ge__', _loose('__le__', True)),
                       _derived('__le__', '__lt__', _strict('__le__', False)),
                       _derived('__le__', '__gt__', _negated('__le__'))],
            '__gt__': [_derived('__gt__', '__lt__', _strict('__gt__', True)),
                       _derived('__gt__', '__ge__', _loose('__gt__', False)),
                       _derived('__gt__', '__le__', _negated('__gt__'))],
            '__ge__': [_derived('__ge__', '__le__', _loose('__ge__', True)),
                       _derived('__ge__', '__gt__', _strict('__ge__', False)),
                       _derived('__ge__', '__lt__', _negated('__ge__'))],
        })
    return _ORDERINGS


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__), add the
    comparisons the class lacks."""
    table = _ordering_table()
    defined = [name for name in table
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # '__lt__' is preferred, then '__le__', '__gt__', '__ge__'.
    root = max(defined)
    for name, method in table[root]:
        if name not in defined:
            setattr(cls, name, method)
    return cls


# --- cached_property ------------------------------------------------------------------

class cached_property:
    """Like property, but the getter runs once per instance: its result is stored in the
    instance's __dict__ under the attribute's name, where later lookups find it."""

    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, func):
        self.func, self.attrname, self.__doc__ = func, None, func.__doc__

    def __set_name__(self, owner, attr):
        known = self.attrname
        if known is None:
            self.attrname = attr
        elif known != attr:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({known!r} and {attr!r}).')

    def __get__(self, instance, objtype=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f"{name!r} property.") from None
        value = store.get(name, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                kind = type(instance).__name__
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                                f"support item assignment for caching {name!r} property.") from None
        return value


# --- singledispatch -------------------------------------------------------------------

def _is_union(tp):
    # int | str, or typing.Union[int, str]; no union exists before types (or typing) is
    # loaded, so neither is imported here.
    types = _sys.modules.get('types')
    if types is not None and type(tp) is types.UnionType:
        return True
    typing = _sys.modules.get('typing')
    return typing is not None and getattr(tp, '__origin__', None) is typing.Union


def _dispatchable(tp):
    if isinstance(tp, type):
        return True
    return _is_union(tp) and all(isinstance(arg, type) for arg in tp.__args__)


def _dispatch_order(cls, registry):
    # cls.__mro__ with the registered classes cls only virtually derives from (ABCs)
    # spliced in: each right after the last class of the MRO that derives from it (the
    # one that brings it in), more derived ABCs first.
    mro = list(cls.__mro__)
    virtual = [t for t in registry if t not in mro and issubclass(cls, t)]
    if not virtual:
        return mro
    places = []
    for t in virtual:
        spot = 1
        for i, base in enumerate(mro):
            if issubclass(base, t):
                spot = i + 1
        places.append((spot, t))
    ordered = []
    for spot, t in places:
        at = len(ordered)
        for j, (other_spot, other) in enumerate(ordered):
            if spot < other_spot or (spot == other_spot and issubclass(t, other)):
                at = j
                break
        ordered.insert(at, (spot, t))
    for spot, t in reversed(ordered):
        mro.insert(spot, t)
    return mro


def _best_impl(cls, registry):
    real = cls.__mro__
    order = _dispatch_order(cls, registry)
    for i, t in enumerate(order):
        if t not in registry:
            continue
        nxt = order[i + 1] if i + 1 < len(order) else None
        # The next entry being an unrelated ABC matching as well: refuse to choose.
        if (nxt is not None and nxt in registry and nxt not in real and t not in real
                and not issubclass(t, nxt)):
            raise RuntimeError('Ambiguous dispatch: {} or {}'.format(t, nxt))
        return registry[t]
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator: calls go to the implementation
    registered for the class of the first argument (or its nearest base), else to func."""
    import weakref
    from abc import get_cache_token
    registry = {}
    # Implementation by dispatched class, forgotten when the class dies.
    memo = weakref.WeakKeyDictionary()
    token = None

    def forget():
        nonlocal memo
        memo = weakref.WeakKeyDictionary()

    def dispatch(cls):
        """Return the implementation for cls."""
        nonlocal token
        if token is not None:
            current = get_cache_token()
            if current != token:
                forget()
                token = current
        try:
            return memo[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _best_impl(cls, registry)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (or, without cls, for the class
        annotated on func's first parameter); usable as a decorator."""
        nonlocal token
        if _dispatchable(cls):
            if func is None:
                def deco(f):
                    return register(cls, f)
                return deco
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to ${'`'}register()${'`'}. '
                                f'{cls!r} is not a class or union type.')
            hints = getattr(cls, '__annotations__', {})
            if not hints:
                raise TypeError(f'Invalid first argument to ${'`'}register()${'`'}: {cls!r}. '
                                f'Use either ${'`'}@register(some_class)${'`'} or plain ${'`'}@register${'`'} '
                                f'on an annotated function.')
            func = cls
            import typing
            hints = typing.get_type_hints(func)
            argname, cls = next(iter(hints.items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        for target in (cls.__args__ if _is_union(cls) else (cls,)):
            registry[target] = func
            if token is None and hasattr(target, '__abstractmethods__'):
                token = get_cache_token()
        forget()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def generic(*args, **kwargs):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kwargs)

    registry[object] = func
    generic.__dict__.update(register=register, dispatch=dispatch, registry=registry,
                            _clear_cache=forget)
    return update_wrapper(generic, func)


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the class of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func, self.dispatcher = func, singledispatch(func)

    def register(self, cls, method=None):
        """Register method for cls, as singledispatch's register() does."""
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, objtype=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, objtype)(*args, **kwargs)
        _method.__dict__.update(__isabstractmethod__=self.__isabstractmethod__,
                                register=self.register)
        return update_wrapper(_method, self.func)

    __isabstractmethod__ = property(_func_is_abstract)
`;
