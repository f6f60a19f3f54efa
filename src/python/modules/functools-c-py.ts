// The _functools module for pymm: reduce, partial, cmp_to_key (KeyWrapper) and the
// lru_cache wrapper, which are C in CPython 3.11 (Modules/_functoolsmodule.c), written in
// Python with that module's behaviour (reprs, messages, cache statistics). functools
// imports them; as `<frozen _functools>` their frames are left out of tracebacks, as C
// calls leave no frames in CPython's.
// https://docs.python.org/3.11/library/functools.html

/** Python source of the `_functools` module, run in the module's namespace. */
export const FUNCTOOLS_C_PY = String.raw`
"""The parts of functools that are C in CPython: reduce, partial, cmp_to_key and the
lru_cache wrapper. Their frames do not show in tracebacks, as C functions' do not."""

_UNSET = object()


def _generic_alias(cls, params):
    # partial[T] (types is loaded only when needed).
    import types
    return types.GenericAlias(cls, params)


def _probe(self):
    pass


_MethodType = type(_probe.__get__(0))  # a probe class would leave cyclic garbage
del _probe

# --- reduce ---------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of iterable from the left with a two-argument function, starting
    from initial when given (else from the first item)."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % n)
    if n > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % n)
    function = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if n == 3:
        acc = args[2]
    else:
        acc = next(items, _UNSET)
        if acc is _UNSET:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# --- partial --------------------------------------------------------------------------

_repr_busy = set()


def _call_repr(head, func, args, keywords):
    # 'head(func, arg, ..., key=value, ...)'.
    parts = [repr(func)]
    parts += [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in keywords.items()]
    return '%s(%s)' % (head, ', '.join(parts))


_PARTIAL_FIELDS = ('func', 'args', 'keywords')


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __module__ = 'functools'
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')
    __class_getitem__ = classmethod(_generic_alias)

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and not func.__dict__:
            # A partial of a plain partial is one partial over the inner function.
            func, args, keywords = (func.func, func.args + args,
                                    {**func.keywords, **keywords})
        obj = object.__new__(cls)
        for attr, value in (('func', func), ('args', args), ('keywords', keywords)):
            object.__setattr__(obj, attr, value)
        return obj

    def __call__(self, /, *more, **named):
        stored = self.keywords
        if stored:
            named = {**stored, **named}
        return self.func(*self.args, *more, **named)

    def __setattr__(self, attr, value):
        if attr in _PARTIAL_FIELDS:
            raise AttributeError('readonly attribute')
        object.__setattr__(self, attr, value)

    def __delattr__(self, attr):
        if attr in _PARTIAL_FIELDS:
            raise AttributeError('readonly attribute')
        object.__delattr__(self, attr)

    def __repr__(self):
        key = id(self)
        if key in _repr_busy:
            # Met again inside its own arguments.
            return '...'
        kind = type(self)
        head = 'functools.partial' if kind is partial else kind.__name__
        _repr_busy.add(key)
        try:
            return _call_repr(head, self.func, self.args, self.keywords)
        finally:
            _repr_busy.discard(key)

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, self.__dict__ or None))

    def __setstate__(self, saved):
        if not isinstance(saved, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(saved) != 4:
            raise TypeError(f'expected 4 items in state, got {len(saved)}')
        fn, pos, named, extra = saved
        if (not callable(fn) or not isinstance(pos, tuple)
                or (named is not None and not isinstance(named, dict))):
            raise TypeError('invalid partial state')
        values = (fn, tuple(pos), {} if named is None else dict(named))
        for attr, value in zip(_PARTIAL_FIELDS, values):
            object.__setattr__(self, attr, value)
        if extra:
            self.__dict__.update(extra)


_KWD_MARK = object()


def _make_key(args, kwds, typed):
    # A lone int or str argument is its own key; otherwise a flat tuple of the
    # arguments, a marker and the keyword pairs, then the argument types when typed.
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = list(args)
    if kwds:
        key.append(_KWD_MARK)
        for pair in kwds.items():
            key += pair
    if typed:
        key += [type(a) for a in args]
        key += [type(v) for v in kwds.values()]
    return tuple(key)


class _lru_cache_wrapper:
    """Cached function: call statistics in cache_info(), emptied by cache_clear()."""

    # The state lives in slots, so that update_wrapper copying the wrapped function's
    # __dict__ (another cache's, say) cannot replace it.
    __module__ = 'functools'
    __slots__ = ('_limit', '_typed', '_store', '_hits', '_misses', '_info_type', '__dict__',
                 '__weakref__')

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        self.__wrapped__ = user_function
        self._info_type = cache_info_type
        self._limit = maxsize
        self._typed = typed
        # Insertion order is recency order: a hit moves its key to the end.
        self._store = {}
        self._hits = self._misses = 0

    def __call__(self, /, *args, **kwds):
        limit = self._limit
        if limit == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        store = self._store
        found = store.get(key, _UNSET)
        if found is not _UNSET:
            self._hits += 1
            if limit is not None:
                del store[key]
                store[key] = found
            return found
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key not in store:
            # (A recursive call may have stored it meanwhile.)
            if limit is not None and len(store) >= limit:
                del store[next(iter(store))]
            store[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """The cache's hits, misses, maxsize and current size, as a named tuple."""
        return self._info_type(self._hits, self._misses, self._limit, len(self._store))

    def cache_clear(self):
        """Empty the cache and reset its statistics."""
        self._store.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._limit, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


# --- cmp_to_key -----------------------------------------------------------------------

class KeyWrapper:
    """Sort key made by cmp_to_key: compares by calling the cmp function."""

    __module__ = 'functools'
    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _against(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __ne__(self, other):
        return self._against(other) != 0

    def __gt__(self, other):
        return self._against(other) > 0

    def __ge__(self, other):
        return self._against(other) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp, None)


# The tp_names of CPython's C types (messages show 'functools.partial').
# partial has a tp_vectorcall; the other two are called through tp_call.
for _cls in (partial, _lru_cache_wrapper, KeyWrapper):
    _set_tp_name(_cls, 'functools.' + _cls.__name__, _cls is partial)
del _cls, _set_tp_name
`;
