// `_collections_abc` (exposed as collections.abc), written for pymm: the container ABCs
// with their mixin methods, their structural __subclasshook__ checks and the built-in
// types registered with them. Names, abstract-method sets, mixin semantics, messages and
// the Set hash algorithm follow CPython 3.11's module.
//
// Design notes: pymm's built-in classes show no __dict__, so the structural checks read
// the methods of built-in types from a table (_NATIVE_METHODS) instead; each ABC's
// __subclasshook__ is a one-line call of _structural(); the Set operators
// share one operand coercion. pymm has no coroutines, so the async ABCs' methods are
// plain functions (their abstract sets and hooks are CPython's).

/** Python source of the `_collections_abc` module, run in the module's namespace. */
export const COLLECTIONS_ABC_PY = String.raw`
'''Abstract Base Classes (ABCs) for collections, according to PEP 3119.'''

from abc import ABCMeta, abstractmethod
import sys

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
           'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


def _gen():
    yield


def _probe(self): pass  # a function, not a class: a class would leave cyclic garbage


# ---------------------------------------------------------------- structural checks

# The methods each built-in type defines itself, as the structural checks must see them,
# and the built-in types whose __hash__ is None.
_NATIVE_METHODS = {}
_NATIVE_UNHASHABLE = set()


def _native(types, names, hashable=True):
    for t in types:
        _NATIVE_METHODS.setdefault(t, set()).update(names.split())
        if not hashable:
            _NATIVE_UNHASHABLE.add(t)


_native([object], '__hash__')
_native([type], '__call__')
_native([list, dict], '__iter__ __len__ __contains__ __getitem__ __reversed__', hashable=False)
_native([tuple, str, bytes], '__iter__ __len__ __contains__ __getitem__')
_native([range], '__iter__ __len__ __contains__ __getitem__ __reversed__')
_native([bytearray], '__iter__ __len__ __contains__ __getitem__', hashable=False)
_native([set], '__iter__ __len__ __contains__', hashable=False)
_native([frozenset], '__iter__ __len__ __contains__')
_native([type({}.keys()), type({}.items())], '__iter__ __len__ __contains__ __reversed__',
        hashable=False)
_native([type({}.values())], '__iter__ __len__ __reversed__')
_native([type(len), type(_gen), type([].append), type(_probe.__get__(0))], '__call__')
_ITERATOR_TYPES = [type(iter(x)) for x in ([], (), '', '\u00e9', b'', bytearray(), {}, {}.values(),
                                           {}.items(), set(), range(0))]
_ITERATOR_TYPES += [type(reversed([])), type(zip())]
_native(_ITERATOR_TYPES + [type(map(len, ())), type(enumerate(())), type(filter(None, ()))],
        '__iter__ __next__')
_native([type(_gen())], '__iter__ __next__ send throw close')


def _defined_on(klass, name):
    # True / False when klass itself settles whether it has a usable method name; None when
    # the search must go on to the next class of the MRO.
    own = getattr(klass, '__dict__', None)
    if own is None:
        if name == '__hash__' and klass in _NATIVE_UNHASHABLE:
            return False
        return True if name in _NATIVE_METHODS.get(klass, ()) else None
    if name in own:
        return own[name] is not None
    return None


def _check_methods(C, *methods):
    for name in methods:
        for klass in C.__mro__:
            found = _defined_on(klass, name)
            if found is not None:
                break
        if not found:
            return NotImplemented
    return True


def _structural(cls, abc, C, *methods):
    # An ABC's __subclasshook__: on the ABC itself (not a subclass), C qualifies by methods.
    if cls is abc:
        return _check_methods(C, *methods)
    return NotImplemented


def _alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


# ---------------------------------------------------------------- one-trick ABCs

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Hashable, C, '__hash__')

    @abstractmethod
    def __hash__(self): return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Awaitable, C, '__await__')

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(_alias)


def _throw_default(typ, val, tb):
    # What the abstract throw() raises: typ, or an instance of it, carrying tb.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    raise val if tb is None else val.with_traceback(tb)


def _close_by_throwing(thrower, stop, what):
    # close()/aclose(): GeneratorExit thrown in must come back out (or the thing stop).
    try:
        thrower(GeneratorExit)
    except (GeneratorExit, stop):
        return
    raise RuntimeError(what + ' ignored GeneratorExit')


class Coroutine(Awaitable):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Coroutine, C, '__await__', 'send', 'throw', 'close')

    @abstractmethod
    def send(self, value): raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None): _throw_default(typ, val, tb)

    def close(self): _close_by_throwing(self.throw, StopIteration, 'coroutine')


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, AsyncIterable, C, '__aiter__')

    @abstractmethod
    def __aiter__(self): return AsyncIterator()

    __class_getitem__ = classmethod(_alias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, AsyncIterator, C, '__anext__', '__aiter__')

    @abstractmethod
    def __anext__(self): raise StopAsyncIteration

    def __aiter__(self): return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, AsyncGenerator, C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    def __anext__(self): return self.asend(None)

    @abstractmethod
    def asend(self, value): raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None): _throw_default(typ, val, tb)

    def aclose(self): _close_by_throwing(self.athrow, StopAsyncIteration, 'asynchronous generator')


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Iterable, C, '__iter__')

    @abstractmethod
    def __iter__(self):
        return
        yield

    __class_getitem__ = classmethod(_alias)


class Iterator(Iterable):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Iterator, C, '__iter__', '__next__')

    @abstractmethod
    def __next__(self): raise StopIteration

    def __iter__(self): return self


class Reversible(Iterable):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Reversible, C, '__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Generator, C, '__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self): return self.send(None)

    @abstractmethod
    def send(self, value): raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None): _throw_default(typ, val, tb)

    def close(self): _close_by_throwing(self.throw, StopIteration, 'generator')


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Sized, C, '__len__')

    @abstractmethod
    def __len__(self): return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Container, C, '__contains__')

    @abstractmethod
    def __contains__(self, x): return False

    __class_getitem__ = classmethod(_alias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Collection, C, '__len__', '__iter__', '__contains__')


_callable_alias = None


def _param_expr(obj):
    # An ellipsis, ParamSpec or Concatenate: what may stand for a Callable's argument list.
    if obj is Ellipsis:
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _type_repr(obj):
    # How a Callable alias shows one of its arguments.
    import types
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        mod = obj.__module__
        return obj.__qualname__ if mod == 'builtins' else mod + '.' + obj.__qualname__
    return obj.__name__ if isinstance(obj, types.FunctionType) else repr(obj)


def _callable_getitem(cls, item):
    # Callable[[A, B], R]: a GenericAlias whose __args__ are (A, B, R).
    global _callable_alias
    if _callable_alias is None:
        import types
        GenericAlias = types.GenericAlias

        class _CallableGenericAlias(GenericAlias):
            __slots__ = ()

            def __new__(cls, origin, args):
                if not isinstance(args, tuple) or len(args) != 2:
                    raise TypeError('Callable must be used as Callable[[arg, ...], result].')
                params, result = args
                if isinstance(params, (tuple, list)):
                    args = (*params, result)
                elif not _param_expr(params):
                    raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or '
                                    'Concatenate. Got %s' % (params,))
                return GenericAlias.__new__(cls, origin, args)

            def __getitem__(self, items):
                # Substitute as any alias does, then regroup the arguments into [params], result.
                args = GenericAlias.__getitem__(self, items).__args__
                if len(args) == 2 and _param_expr(args[0]):
                    return type(self)(self.__origin__, args)
                return type(self)(self.__origin__, (list(args[:-1]), args[-1]))

            def __repr__(self):
                args = self.__args__
                if len(args) == 2 and _param_expr(args[0]):
                    return GenericAlias.__repr__(self)
                shown = ', '.join([_type_repr(a) for a in args[:-1]])
                return 'collections.abc.Callable[[%s], %s]' % (shown, _type_repr(args[-1]))

        _CallableGenericAlias.__module__ = 'collections.abc'
        _callable_alias = _CallableGenericAlias
    return _callable_alias(cls, item)


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C): return _structural(cls, Callable, C, '__call__')

    @abstractmethod
    def __call__(self, *args, **kwds): return False

    __class_getitem__ = classmethod(_callable_getitem)


# ---------------------------------------------------------------- sets

def _only(kind_name):
    # Decorates a binary method of the ABC kind_name: an operand that is not an instance
    # of the ABC kind_name gets NotImplemented.
    def wrap(method):
        def checked(self, other):
            if isinstance(other, globals()[kind_name]):
                return method(self, other)
            return NotImplemented
        checked.__name__, checked.__qualname__ = method.__name__, method.__qualname__
        return checked
    return wrap


def _set_operand(self, other):
    # The right operand of -, ^ (and their reflections) as a Set; None if not iterable.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


def _all_in(items, container):
    for x in items:
        if x not in container:
            return False
    return True


class Set(Collection):
    """A finite, iterable container; the comparisons and operators of frozenset come from
    __contains__, __iter__ and __len__ (override _from_iterable to build other results)."""
    __slots__ = ()

    @_only('Set')
    def __le__(self, other): return len(self) <= len(other) and _all_in(self, other)

    @_only('Set')
    def __lt__(self, other): return len(self) < len(other) and self.__le__(other)

    @_only('Set')
    def __gt__(self, other): return len(self) > len(other) and self.__ge__(other)

    @_only('Set')
    def __ge__(self, other): return len(self) >= len(other) and _all_in(other, self)

    @_only('Set')
    def __eq__(self, other): return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it): return cls(it)

    @_only('Iterable')
    def __and__(self, other): return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when the two have no element in common."""
        return not any(x in self for x in other)

    @_only('Iterable')
    def __or__(self, other): return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        right = _set_operand(self, other)
        if right is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in right)

    def __rsub__(self, other):
        left = _set_operand(self, other)
        if left is None:
            return NotImplemented
        return self._from_iterable(x for x in left if x not in self)

    def __xor__(self, other):
        right = _set_operand(self, other)
        if right is None:
            return NotImplemented
        return (self - right) | (right - self)

    __rxor__ = __xor__

    def _hash(self):
        # frozenset's hash algorithm, on sys.maxsize-bounded ints.
        top = sys.maxsize
        mask = 2 * top + 1
        acc = 1927868237 * (len(self) + 1) & mask
        for x in self:
            hx = hash(x)
            acc = (acc ^ (hx ^ (hx << 16) ^ 89869747) * 3644798167) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > top:
            acc -= mask + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set with add() and discard(); remove, pop, clear and the in-place operators follow."""
    __slots__ = ()

    @abstractmethod
    def add(self, value): raise NotImplementedError

    @abstractmethod
    def discard(self, value): raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it if isinstance(it, Set) else self._from_iterable(it):
            (self.discard if x in self else self.add)(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


# ---------------------------------------------------------------- mappings

class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give get, in, keys, items,
    values and ==."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key): raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self): return KeysView(self)

    def items(self): return ItemsView(self)

    def values(self): return ValuesView(self)

    @_only('Mapping')
    def __eq__(self, other): return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping): self._mapping = mapping

    def __len__(self): return len(self._mapping)

    def __repr__(self): return '%s(%r)' % (self.__class__.__name__, self._mapping)

    __class_getitem__ = classmethod(_alias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it): return set(it)

    def __contains__(self, key): return key in self._mapping

    def __iter__(self):
        yield from self._mapping


def _same(a, b): return a is b or a == b


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it): return set(it)

    def __contains__(self, item):
        key, value = item
        source = self._mapping
        try:
            held = source[key]
        except KeyError:
            return False
        return _same(held, value)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield (key, source[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        source = self._mapping
        return any(_same(source[key], value) for key in source)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping with __setitem__ and __delitem__; pop, popitem, clear, update and
    setdefault follow."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value): raise KeyError

    @abstractmethod
    def __delitem__(self, key): raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        try:
            found = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return found

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        found = self[key]
        del self[key]
        return key, found

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        # A Mapping is read by its keys, so is anything with keys(); else (key, value) pairs.
        source = other
        if isinstance(source, Mapping):
            other = ((k, source[k]) for k in source)
        elif hasattr(source, 'keys'):
            other = ((k, source[k]) for k in source.keys())
        for pairs in (other, kwds.items()):
            for k, v in pairs:
                self[k] = v

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# ---------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give iteration, in, reversed(),
    index() and count()."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index): raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value): return any(_same(x, value) for x in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        # Negative bounds count from the end (start no lower than 0); None is no bound.
        if (start or 0) < 0:
            start = max(0, start + len(self))
        if (stop or 0) < 0:
            stop = stop + len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value): return sum(1 for x in self if _same(x, value))


class ByteString(Sequence):
    """The common ABC of bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence with __setitem__, __delitem__ and insert(); append, clear, reverse,
    extend, pop, remove and += follow."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value): raise IndexError

    @abstractmethod
    def __delitem__(self, index): raise IndexError

    @abstractmethod
    def insert(self, index, value): raise IndexError

    def append(self, value): self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        last = len(self) - 1
        for i in range((last + 1) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        for x in list(values) if values is self else values:
            self.append(x)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value): del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------------------- registrations

for _abc, _types in ((Sequence, (tuple, str, range, memoryview)), (ByteString, (bytes, bytearray)),
                     (MutableSequence, (list, bytearray)), (Set, (frozenset,)),
                     (MutableSet, (set,)), (MutableMapping, (dict,)),
                     (KeysView, (type({}.keys()),)), (ValuesView, (type({}.values()),)),
                     (ItemsView, (type({}.items()),)), (Iterator, _ITERATOR_TYPES),
                     (Generator, (type(_gen()),))):
    for _t in _types:
        _abc.register(_t)
# weakref's dictionaries are MutableMappings and WeakSet a MutableSet; weakref registers
# them itself if it loads later.
_weakref = sys.modules.get('weakref')
if _weakref is not None:
    MutableMapping.register(_weakref.WeakValueDictionary)
    MutableMapping.register(_weakref.WeakKeyDictionary)
    MutableSet.register(_weakref.WeakSet)
for _name in __all__:
    globals()[_name].__module__ = 'collections.abc'
del _abc, _types, _t, _name, _gen, _probe, _weakref
`;
