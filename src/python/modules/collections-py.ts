// The `collections` package body, written for pymm: defaultdict, OrderedDict, Counter,
// namedtuple, ChainMap and the UserDict / UserList / UserString wrappers (deque is native,
// collections-deque.ts, and is put in the namespace before this code runs). Names,
// signatures, reprs, messages and algorithms follow CPython 3.11's module.
//
// Design notes: OrderedDict keeps its order in the dict itself (pymm dicts are ordered and
// pymm has no threads), so moving a key to the front rebuilds the dict; Counter's binary
// operators share one merge helper; namedtuple's field accessors are native `_tuplegetter`
// descriptors (collections-tuplegetter.ts), the type CPython's C accelerator gives them.

/** Python source of the `collections` package, run in the package's namespace. */
export const COLLECTIONS_PY = String.raw`
import sys as _sys
import _collections_abc
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence, Sequence as _Sequence
from _collections_abc import KeysView as _KeysView, ItemsView as _ItemsView
from _collections_abc import ValuesView as _ValuesView

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

# The native deque as the ABCs see it (it keeps its methods outside any __dict__).
_MutableSequence.register(deque)
_collections_abc._native([deque], '__iter__ __len__ __contains__ __getitem__ __reversed__',
                         hashable=False)

# ids of the containers whose repr is being built: a container met again inside its own
# repr shows as the placeholder instead of recursing.
_repr_busy = set()


def _reentrant_repr(placeholder):
    def decorate(render):
        def guarded(self):
            me = id(self)
            if me in _repr_busy:
                return placeholder
            _repr_busy.add(me)
            try:
                return render(self)
            finally:
                _repr_busy.discard(me)
        guarded.__name__, guarded.__qualname__ = render.__name__, render.__qualname__
        guarded.__doc__ = render.__doc__
        return guarded
    return decorate


def _own_name(cls, tp_name):
    # The name C-implemented types show in messages ("unhashable type: ...").
    _set_tp_name(cls, tp_name)


# ---------------------------------------------------------------- defaultdict

def _binary(kind):
    # Decorates a binary operator: an operand that is not a kind gets NotImplemented.
    def wrap(method):
        def checked(self, other):
            if isinstance(other, kind):
                return method(self, other)
            return NotImplemented
        checked.__name__, checked.__qualname__ = method.__name__, method.__qualname__
        return checked
    return wrap


class defaultdict(dict):
    """A dict whose missing keys get default_factory() as their value (when it is not None)."""
    __slots__ = ('default_factory',)

    def __init__(self, /, *args, **kwargs):
        factory = args[0] if args else None
        if not (factory is None or callable(factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        dict.__init__(self, *args[1:], **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = fresh = make()
        return fresh

    def __repr__(self):
        make = self.default_factory
        if make is None:
            shown = 'None'
        elif id(make) in _repr_busy:
            shown = '...'
        else:
            _repr_busy.add(id(make))
            try:
                shown = repr(make)
            finally:
                _repr_busy.discard(id(make))
        return '%s(%s, %s)' % (type(self).__name__, shown, dict.__repr__(self))

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    @_binary(dict)
    def __or__(self, other):
        merged = self.copy()
        merged.update(other)
        return merged

    @_binary(dict)
    def __ror__(self, other):
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


# ---------------------------------------------------------------- OrderedDict

_ABSENT = object()


class _odict_iterator:
    # Iterates an OrderedDict's keys, values or items; a key added or removed since the
    # last step ends it with RuntimeError (od_state), as C's odictiter_nextkey does.
    __slots__ = ('_od', '_it', '_state')

    def __init__(self, od, it):
        self._od = od
        self._it = it
        self._state = _odict_state(od)

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        if _odict_state(od) != self._state:
            self._od = None
            raise RuntimeError('OrderedDict mutated during iteration')
        try:
            return next(self._it)
        except StopIteration:
            self._od = None
            raise

    def __reduce__(self):
        return iter, (list(self),)


# OrderedDict's views: the dict's own order and lookups (never the subclass's __getitem__),
# shown as _odict_keys([...]) and so on.
class _odict_keys(_KeysView):
    __slots__ = ()
    def __len__(self): return dict.__len__(self._mapping)
    def __iter__(self): return _odict_iterator(self._mapping, iter(dict.keys(self._mapping)))
    def __reversed__(self): return _odict_iterator(self._mapping, reversed(dict.keys(self._mapping)))
    def __contains__(self, key): return dict.__contains__(self._mapping, key)
    def __repr__(self): return '%s(%r)' % (type(self).__name__, list(self))


class _odict_values(_ValuesView):
    __slots__ = ()
    def __len__(self): return dict.__len__(self._mapping)
    def __iter__(self): return _odict_iterator(self._mapping, iter(dict.values(self._mapping)))
    def __reversed__(self): return _odict_iterator(self._mapping, reversed(dict.values(self._mapping)))
    def __contains__(self, value): return any(v is value or v == value for v in self)
    def __repr__(self): return '%s(%r)' % (type(self).__name__, list(self))


class _odict_items(_ItemsView):
    __slots__ = ()
    def __len__(self): return dict.__len__(self._mapping)
    def __iter__(self): return _odict_iterator(self._mapping, iter(dict.items(self._mapping)))
    def __reversed__(self): return _odict_iterator(self._mapping, reversed(dict.items(self._mapping)))
    def __repr__(self): return '%s(%r)' % (type(self).__name__, list(self))

    def __contains__(self, item):
        key, value = item
        found = dict.get(self._mapping, key, _ABSENT)
        return found is not _ABSENT and (found is value or found == value)


for _view in (_odict_keys, _odict_values, _odict_items, _odict_iterator):
    _view.__module__ = 'builtins'
    _view.__name__ = _view.__qualname__ = _view.__name__[1:]
del _view


class OrderedDict(dict):
    """A dict with order-aware equality, move_to_end() and popitem(last=)."""

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self.update(*args, **kwds)

    def update(self, /, *args, **kwds):
        """Stores each pair through self[key] = value (so a subclass's __setitem__ sees it)."""
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        if args:
            source = args[0]
            if type(source) is dict:
                pairs = source.items()
            elif hasattr(source, 'keys'):
                pairs = ((k, source[k]) for k in source.keys())
            elif hasattr(source, 'items'):
                pairs = source.items()
            else:
                pairs = source
            for k, v in pairs:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def move_to_end(self, key, last=True):
        """Moves key to the end, or to the front when last is false (KeyError if absent)."""
        moved = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, moved)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, moved)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Removes and returns the last (key, value) pair, or the first if last is false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def pop(self, key, default=_ABSENT):
        """Removes key and returns its value, or default if given (KeyError if not)."""
        if type(self) is OrderedDict or key not in self:
            return dict.pop(self, key) if default is _ABSENT else dict.pop(self, key, default)
        found = self[key]
        del self[key]
        return found

    def setdefault(self, key, default=None):
        """self[key], stored as default first if key is absent."""
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def __iter__(self):
        return _odict_iterator(self, dict.__iter__(self))

    def __reversed__(self):
        return _odict_iterator(self, reversed(dict.keys(self)))

    def keys(self):
        return _odict_keys(self)

    def values(self):
        return _odict_values(self)

    def items(self):
        return _odict_items(self)

    @_reentrant_repr('...')
    def __repr__(self):
        label = type(self).__name__
        return '%s(%r)' % (label, list(self.items())) if self else label + '()'

    def __eq__(self, other):
        equal = dict.__eq__(self, other)
        if equal is True and isinstance(other, OrderedDict):
            return all(a == b for a, b in zip(self, other))
        return equal

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dict with the keys of iterable, each mapped to value."""
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    @_binary(dict)
    def __or__(self, other):
        merged = type(self)(self)
        merged.update(other)
        return merged

    @_binary(dict)
    def __ror__(self, other):
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


def _odict_sizes():
    # What sys.getsizeof adds to a Python-level __sizeof__ for an OrderedDict here, and
    # dict.__sizeof__ of an empty one (no keys table).
    probe = OrderedDict()
    OrderedDict.__sizeof__ = lambda self: 0
    extra = _sys.getsizeof(probe)
    del OrderedDict.__sizeof__
    return extra, dict.__sizeof__(probe)


_ODICT_EXTRA, _ODICT_EMPTY = _odict_sizes()
del _odict_sizes


def _keys_table_slots(nbytes):
    # The slot count of a dict keys table of nbytes (3.11's _PyDict_KeysSize: a 32-byte
    # header, 1/2/4/8-byte indices by table size, 2/3 of the slots as 24-byte entries,
    # or 16-byte ones when every key is a str).
    for log2 in range(3, 40):
        slots = 1 << log2
        index = 1 if log2 < 8 else 2 if log2 < 16 else 4 if log2 < 32 else 8
        usable = (slots << 1) // 3
        if 32 + slots * index + usable * 24 == nbytes or 32 + slots * index + usable * 16 == nbytes:
            return slots
    return 0


def _odict_sizeof(self):
    '''odict_sizeof: the dict, the 'fast nodes' array of one pointer per slot of its keys
    table, and a 32-byte node per key, over C's 112-byte PyODictObject.'''
    slots = type(self).__basicsize__ - OrderedDict.__basicsize__  # a subclass's __slots__
    keys = dict.__sizeof__(self) - _ODICT_EMPTY - slots
    size = 112 + slots + keys + 8 * _keys_table_slots(keys) + 32 * len(self)
    return size + 16 - _ODICT_EXTRA


OrderedDict.__sizeof__ = _odict_sizeof
del _odict_sizeof


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del elif else '
    'except finally for from global if import in is lambda nonlocal not or pass raise '
    'return try while with yield'.split())


# _tuplegetter(index, doc), the descriptor of each field, is native (collections-tuplegetter.ts).


def _checked_fields(cls_name, spec, rename):
    # The field names as a tuple of interned str, renamed or validated as namedtuple does.
    names = [str(f) for f in (spec.replace(',', ' ').split() if isinstance(spec, str) else spec)]
    if rename:
        taken = set()
        for i, name in enumerate(names):
            if (name in taken or name in _KEYWORDS or name.startswith('_')
                    or not name.isidentifier()):
                names[i] = '_%d' % i
            taken.add(name)
    for name in [cls_name] + names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    taken = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in taken:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        taken.add(name)
    return tuple(map(_sys.intern, names))


def _make_tuple_new(cls_name, signature, defaults):
    # __new__ gets a real signature (so argument errors name the fields) from compiled source.
    scope = {'_build': tuple.__new__, '__builtins__': {}, '__name__': 'namedtuple_' + cls_name}
    exec('def __new__(_cls, %s):\n    return _build(_cls, (%s))\n' % (signature, signature), scope)
    new = scope['__new__']
    new.__qualname__ = cls_name + '.__new__'
    new.__doc__ = 'Create new instance of %s(%s)' % (cls_name, signature)
    if defaults is not None:
        new.__defaults__ = defaults
    return new


def _caller_module(depth):
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (ValueError, AttributeError):
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also attributes named by field_names."""
    cls_name = _sys.intern(str(typename))
    fields = _checked_fields(cls_name, field_names, rename)
    size = len(fields)
    if defaults is not None:
        defaults = (*defaults,)
        if len(defaults) > size:
            raise TypeError('Got more default values than field names')
    trailing = defaults or ()
    signature = ', '.join(fields) + (',' if size == 1 else '')
    item_format = '(%s)' % ', '.join([f + '=%r' for f in fields])
    # The methods below reach builtins through locals of this call: their closures (and
    # so the cells a deleted namedtuple class leaves to the collector) are CPython's.
    build = tuple.__new__
    count, each, as_dict, pair_up, as_tuple = len, map, dict, zip, tuple

    def _make(cls, iterable):
        made = build(cls, iterable)
        if count(made) != size:
            raise TypeError('Expected %d arguments, got %d' % (size, count(made)))
        return made

    def _replace(self, /, **kwds):
        made = self._make(each(kwds.pop, fields, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return made

    def __repr__(self):
        return self.__class__.__name__ + item_format % self

    def _asdict(self):
        return as_dict(pair_up(self._fields, self))

    def __getnewargs__(self):
        return as_tuple(self)

    docs = [
        (_make, 'Make a new %s object from a sequence or iterable' % cls_name),
        (_replace, 'Return a new %s object replacing specified fields with new values' % cls_name),
        (__repr__, 'Return a nicely formatted representation string'),
        (_asdict, 'Return a new dict which maps field names to their values.'),
        (__getnewargs__, 'Return self as a plain tuple.  Used by copy and pickle.'),
    ]
    for func, doc in docs:
        func.__doc__ = doc
        func.__qualname__ = cls_name + '.' + func.__name__
    body = dict(
        __doc__='%s(%s)' % (cls_name, signature), __slots__=(), _fields=fields,
        _field_defaults=dict(zip(fields[size - len(trailing):], trailing)),
        __new__=_make_tuple_new(cls_name, signature, defaults), _make=classmethod(_make),
        _replace=_replace, __repr__=__repr__, _asdict=_asdict, __getnewargs__=__getnewargs__,
        __match_args__=fields)
    for i, f in enumerate(fields):
        body[f] = _tuplegetter(i, _sys.intern('Alias for field number %d' % i))
    cls = type(cls_name, (tuple,), body)
    if module is None:
        module = _caller_module(1)
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------- Counter

def _count_of(pair):
    return pair[1]


def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


def _merge_counts(left, right, pick, with_right_keys=True):
    # A new Counter over the keys of left (then right's new ones) holding pick(l, r) where
    # that is positive: the shared shape of Counter's +, -, | and &.
    if not isinstance(right, Counter):
        return NotImplemented
    out = Counter()
    for key, n in left.items():
        value = pick(n, right[key])
        if value > 0:
            out[key] = value
    if with_right_keys:
        for key, n in right.items():
            if key not in left:
                value = pick(0, n)
                if value > 0:
                    out[key] = value
    return out


def _all_counts(left, right, test):
    # Whether test(left[k], right[k]) holds for every key of either Counter.
    if not isinstance(right, Counter):
        return NotImplemented
    return all(test(left[k], right[k]) for side in (left, right) for k in side)


def _store_counts(counter, pairs):
    for key, n in pairs:
        counter[key] = n
    return counter._keep_positive()


class Counter(dict):
    """A dict of counts: missing keys count zero; adds multiset arithmetic."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """A missing element counts zero."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest count first (ties in insertion order); n of them."""
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """An iterator repeating each element as many times as its count."""
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds the counts of a mapping, or one per element of an iterable."""
        if iterable is not None:
            current = self.get
            if not isinstance(iterable, _Mapping):
                _count_elements(self, iterable)
            elif self:
                for item, n in iterable.items():
                    self[item] = n + current(item, 0)
            else:
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts the counts of a mapping, or one per element of an iterable."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _Mapping):
                for item, n in iterable.items():
                    self[item] = current(item, 0) - n
            else:
                for item in iterable:
                    self[item] = current(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Deletes elem's count; a missing element is no error."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    def __eq__(self, other):
        return _all_counts(self, other, lambda a, b: a == b)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __le__(self, other):
        return _all_counts(self, other, lambda a, b: a <= b)

    def __ge__(self, other):
        return _all_counts(self, other, lambda a, b: a >= b)

    def __lt__(self, other):
        within = _all_counts(self, other, lambda a, b: a <= b)
        return within if within is NotImplemented else within and self != other

    def __gt__(self, other):
        within = _all_counts(self, other, lambda a, b: a >= b)
        return within if within is NotImplemented else within and self != other

    def __add__(self, other):
        return _merge_counts(self, other, lambda a, b: a + b)

    def __sub__(self, other):
        return _merge_counts(self, other, lambda a, b: a - b)

    def __or__(self, other):
        return _merge_counts(self, other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return _merge_counts(self, other, lambda a, b: a if a < b else b, False)

    def __pos__(self):
        return Counter({k: n for k, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({k: 0 - n for k, n in self.items() if n < 0})

    def _keep_positive(self):
        for k in [k for k, n in self.items() if not n > 0]:
            del self[k]
        return self

    # The in-place operators store each new count as it is worked out, then drop the
    # counts that are not positive.
    def __iadd__(self, other):
        return _store_counts(self, ((k, self[k] + n) for k, n in other.items()))

    def __isub__(self, other):
        return _store_counts(self, ((k, self[k] - n) for k, n in other.items()))

    def __ior__(self, other):
        return _store_counts(self, ((k, n) for k, n in other.items() if n > self[k]))

    def __iand__(self, other):
        return _store_counts(self, ((k, other[k]) for k, n in self.items() if other[k] < n))


# ---------------------------------------------------------------- ChainMap

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order they would have if the maps were merged from the last one up.
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_reentrant_repr('...')
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same later maps."""
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (or a new dict), updated by kwargs, in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(*[m] + self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        _, *rest = self.maps
        return self.__class__(*rest)

    def __setitem__(self, key, value):
        front = self.maps[0]
        front[key] = value

    def __delitem__(self, key):
        front = self.maps[0]
        try:
            del front[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Removes and returns a pair of maps[0]."""
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Removes key from maps[0] and returns its value (or the default given)."""
        front = self.maps[0]
        try:
            return front.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empties maps[0] only."""
        self.maps[0].clear()

    def __ior__(self, other):
        front = self.maps[0]
        front.update(other)
        return self

    @_binary(_Mapping)
    def __or__(self, other):
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    @_binary(_Mapping)
    def __ror__(self, other):
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)


# ---------------------------------------------------------------- UserDict

def _shallow_clone(obj, data):
    # A new instance of obj's class sharing its attributes, with its own data.
    cls = obj.__class__
    twin = cls.__new__(cls)
    twin.__dict__.update(obj.__dict__)
    twin.__dict__['data'] = data
    return twin


def _plain_dict(other):
    # The dict behind a UserDict operand, the operand itself if a dict, else None.
    if isinstance(other, UserDict):
        return other.data
    return other if isinstance(other, dict) else None


class UserDict(_MutableMapping):
    """A mapping that keeps its items in the dict self.data; made to be subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self): return len(self.data)
    def __setitem__(self, key, item): self.data[key] = item
    def __delitem__(self, key): del self.data[key]
    def __iter__(self): return iter(self.data)
    def __contains__(self, key): return key in self.data
    def __repr__(self): return repr(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        cls = self.__class__
        if hasattr(cls, '__missing__'):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def __or__(self, other):
        theirs = _plain_dict(other)
        return NotImplemented if theirs is None else self.__class__(self.data | theirs)

    def __ror__(self, other):
        theirs = _plain_dict(other)
        return NotImplemented if theirs is None else self.__class__(theirs | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'].copy())

    def copy(self):
        if self.__class__ is not UserDict:
            import copy
            # Copy everything but the items, then add them through the subclass's __setitem__.
            kept, self.data = self.data, {}
            try:
                twin = copy.copy(self)
            finally:
                self.data = kept
            twin.update(self)
            return twin
        return UserDict(dict(self.data))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


# ---------------------------------------------------------------- UserList

def _list_of(other):
    # A UserList operand stands for its list.
    if isinstance(other, UserList):
        other = other.data
    return other


def _joinable(other):
    # What a UserList concatenates: a list (or a UserList's) as is, any other iterable listed.
    plain = _list_of(other)
    return plain if isinstance(plain, list) else list(plain)


class UserList(_MutableSequence):
    """A sequence that keeps its items in the list self.data; made to be subclassed."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            # A list or UserList is copied item by item; anything else goes through list().
            plain = _list_of(initlist)
            self.data[:] = plain if type(plain) is list else list(initlist)

    def __repr__(self): return repr(self.data)
    def __lt__(self, other): return self.data < _list_of(other)
    def __le__(self, other): return self.data <= _list_of(other)
    def __eq__(self, other): return self.data == _list_of(other)
    def __gt__(self, other): return self.data > _list_of(other)
    def __ge__(self, other): return self.data >= _list_of(other)
    def __contains__(self, item): return item in self.data
    def __len__(self): return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return self.__class__(got) if isinstance(i, slice) else got

    def __setitem__(self, i, item): self.data[i] = item
    def __delitem__(self, i): del self.data[i]
    def __add__(self, other): return self.__class__(self.data + _joinable(other))
    def __radd__(self, other): return self.__class__(_joinable(other) + self.data)

    def __iadd__(self, other):
        self.data += _joinable(other)
        return self

    def __mul__(self, n): return self.__class__(self.data * n)
    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'][:])

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return self.__class__(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, /, *args, **kwds): self.data.sort(*args, **kwds)
    def extend(self, other): self.data.extend(_list_of(other))


# ---------------------------------------------------------------- UserString

def _str_of(value):
    return value.data if isinstance(value, UserString) else value


class UserString(_Sequence):
    """A str-like sequence that keeps its text in self.data; made to be subclassed."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __int__(self): return int(self.data)
    def __float__(self): return float(self.data)
    def __complex__(self): return complex(self.data)
    def __hash__(self): return hash(self.data)
    def __getnewargs__(self): return (self.data[:],)

    def __eq__(self, string): return self.data == _str_of(string)
    def __lt__(self, string): return self.data < _str_of(string)
    def __le__(self, string): return self.data <= _str_of(string)
    def __gt__(self, string): return self.data > _str_of(string)
    def __ge__(self, string): return self.data >= _str_of(string)
    def __contains__(self, char): return _str_of(char) in self.data
    def __len__(self): return len(self.data)
    def __getitem__(self, index): return self.__class__(self.data[index])

    def __add__(self, other):
        other = _str_of(other)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n): return self.__class__(self.data * n)
    __rmul__ = __mul__
    def __mod__(self, args): return self.__class__(self.data % args)
    def __rmod__(self, template): return self.__class__(str(template) % self)

    # str's methods, in alphabetical order; those returning text give this class back.
    def capitalize(self): return self.__class__(self.data.capitalize())
    def casefold(self): return self.__class__(self.data.casefold())
    def center(self, width, *args): return self.__class__(self.data.center(width, *args))
    def count(self, sub, start=0, end=_sys.maxsize): return self.data.count(_str_of(sub), start, end)
    def removeprefix(self, prefix, /): return self.__class__(self.data.removeprefix(_str_of(prefix)))
    def removesuffix(self, suffix, /): return self.__class__(self.data.removesuffix(_str_of(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize): return self.data.endswith(suffix, start, end)
    def expandtabs(self, tabsize=8): return self.__class__(self.data.expandtabs(tabsize))
    def find(self, sub, start=0, end=_sys.maxsize): return self.data.find(_str_of(sub), start, end)
    def format(self, /, *args, **kwds): return self.data.format(*args, **kwds)
    def format_map(self, mapping): return self.data.format_map(mapping)
    def index(self, sub, start=0, end=_sys.maxsize): return self.data.index(sub, start, end)
    def isalpha(self): return self.data.isalpha()
    def isalnum(self): return self.data.isalnum()
    def isascii(self): return self.data.isascii()
    def isdecimal(self): return self.data.isdecimal()
    def isdigit(self): return self.data.isdigit()
    def isidentifier(self): return self.data.isidentifier()
    def islower(self): return self.data.islower()
    def isnumeric(self): return self.data.isnumeric()
    def isprintable(self): return self.data.isprintable()
    def isspace(self): return self.data.isspace()
    def istitle(self): return self.data.istitle()
    def isupper(self): return self.data.isupper()
    def join(self, seq): return self.data.join(seq)
    def ljust(self, width, *args): return self.__class__(self.data.ljust(width, *args))
    def lower(self): return self.__class__(self.data.lower())
    def lstrip(self, chars=None): return self.__class__(self.data.lstrip(chars))
    maketrans = str.maketrans
    def partition(self, sep): return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize): return self.data.rfind(_str_of(sub), start, end)
    def rindex(self, sub, start=0, end=_sys.maxsize): return self.data.rindex(sub, start, end)
    def rjust(self, width, *args): return self.__class__(self.data.rjust(width, *args))
    def rpartition(self, sep): return self.data.rpartition(sep)
    def rstrip(self, chars=None): return self.__class__(self.data.rstrip(chars))
    def split(self, sep=None, maxsplit=-1): return self.data.split(sep, maxsplit)
    def rsplit(self, sep=None, maxsplit=-1): return self.data.rsplit(sep, maxsplit)
    def splitlines(self, keepends=False): return self.data.splitlines(keepends)
    def startswith(self, prefix, start=0, end=_sys.maxsize): return self.data.startswith(prefix, start, end)
    def strip(self, chars=None): return self.__class__(self.data.strip(chars))
    def swapcase(self): return self.__class__(self.data.swapcase())
    def title(self): return self.__class__(self.data.title())
    def translate(self, *args): return self.__class__(self.data.translate(*args))
    def upper(self): return self.__class__(self.data.upper())
    def zfill(self, width): return self.__class__(self.data.zfill(width))


for _cls in (defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString):
    _cls.__module__ = 'collections'
_own_name(defaultdict, 'collections.defaultdict')
_own_name(OrderedDict, 'collections.OrderedDict')
del _cls, _own_name, _set_tp_name

import collections.abc
del collections
`;
