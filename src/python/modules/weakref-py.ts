// weakref's Python half, written for pymm and run at `import weakref` (ref, proxy and the
// counting functions are native, weakref.ts): KeyedRef, WeakMethod, WeakValueDictionary,
// WeakKeyDictionary, WeakSet and finalize. Names, signatures, reprs, messages and the
// gc-visible shape of every container follow CPython 3.11's weakref and _weakrefset.
//
// The gc-visible shape is part of the behaviour: each container holds, like CPython's, a
// removal callback (a function whose defaults hold a weak reference back to the container),
// a list of removals put off while the container is being iterated, a set of the
// iterations in progress (one _IterationGuard each) and its data dict or set, so
// gc.collect() finds the same objects in a cycle through one. Entries of dead referents
// leave the data at once, or when the last iteration ends.
//
// The dictionaries are registered as virtual MutableMappings (here, or by _collections_abc
// when that loads later) rather than inheriting from it, so `import weakref` does not load
// the ABCs; the mixin methods they would inherit are defined on them instead.

/** The Python source. */
export const WEAKREF_PY = String.raw`
import sys as _sys

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

ProxyTypes = (ProxyType, CallableProxyType)
_plain_dict = dict


def _remove_dead_weakref(data, key):
    # Drops data[key] if it is (still) a dead weak reference: the entry may have been
    # replaced by a live one since the referent died.
    held = data.get(key)
    if held is not None and held() is None:
        del data[key]


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class _IterationGuard:
    # Marks a weak container as being iterated for the guard's lifetime (a with block):
    # removals wait until the last guard of the container is gone.

    def __init__(self, container):
        self.weakcontainer = ref(container)

    def __enter__(self):
        owner = self.weakcontainer()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, *exc):
        owner = self.weakcontainer()
        if owner is None:
            return
        running = owner._iterating
        running.remove(self)
        if not running:
            owner._commit_removals()


class KeyedRef(ref):
    """A weak reference that also carries the key its entry is stored under."""
    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        made = ref.__new__(type, ob, callback)
        made.key = key
        return made


class WeakMethod(ref):
    """A weak reference to a bound method: calling it rebuilds the method while both the
    object and the function are alive, else gives None."""
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            target, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None

        # One callback for both referents; it reaches this WeakMethod only through a weak
        # reference (a strong one would make a cycle) and runs the user's callback once.
        def _cb(arg):
            me = me_ref()
            if me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        made = ref.__new__(cls, target, _cb)
        made._func_ref = ref(func, _cb)
        made._meth_type = type(meth)
        made._alive = True
        me_ref = ref(made)
        return made

    def __call__(self):
        target = ref.__call__(self)
        func = self._func_ref()
        if target is None or func is None:
            return None
        return self._meth_type(func, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    def __hash__(self):
        return ref.__hash__(self)


class _WeakMapping:
    # What the two weak dictionaries share: the MutableMapping mixins they do not define
    # themselves, and the | operators.

    __reversed__ = None
    __class_getitem__ = classmethod(_generic_alias)

    def __eq__(self, other):
        if _is_mapping(other):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.__class__()
        merged.update(other)
        merged.update(self)
        return merged


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    abcs = _sys.modules.get('_collections_abc')
    return abcs is not None and isinstance(obj, abcs.Mapping)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        def _on_death(wr, _owner=ref(self), _drop=_remove_dead_weakref):
            owner = _owner()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr.key)
            else:
                _drop(owner.data, wr.key)
        self._remove = _on_death
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        waiting, data = self._pending_removals, self.data
        while waiting:
            _remove_dead_weakref(data, waiting.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        held = self.data.get(key)
        return held is not None and held() is not None

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        twin = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        twin = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    twin[deepcopy(key, memo)] = value
        return twin

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        held = self.data.get(key)
        value = None if held is None else held()
        return default if value is None else value

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """An iterator over the weak references to the values (some may be dead)."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        held = self.data.pop(key, None)
        value = None if held is None else held()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        held = self.data.get(key)
        value = None if held is None else held()
        if value is not None:
            return value
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        data, on_death = self.data, self._remove
        if other is not None:
            if not hasattr(other, 'keys'):
                other = dict(other)
            for key, value in other.items():
                data[key] = KeyedRef(value, on_death, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, on_death, key)

    def valuerefs(self):
        """A list of the weak references to the values (some may be dead)."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def _on_death(wr, _owner=ref(self)):
            owner = _owner()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr)
            else:
                owner.data.pop(wr, None)
        self._remove = _on_death
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        waiting, data = self._pending_removals, self.data
        while waiting:
            data.pop(waiting.pop(), None)

    def _scrub_removals(self):
        data = self.data
        self._pending_removals = [wr for wr in self._pending_removals if wr in data]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        twin = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    twin[key] = deepcopy(value, memo)
        return twin

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        data, on_death = self.data, self._remove
        if dict is not None:
            pairs = dict.items() if hasattr(dict, 'items') else _plain_dict(dict).items()
            for key, value in pairs:
                data[ref(key, on_death)] = value
        if kwargs:
            self.update(kwargs)


class WeakSet:
    """A set whose elements are held weakly: an element goes when it dies."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, _owner=ref(self)):
            owner = _owner()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(item)
            else:
                owner.data.discard(item)
        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        waiting, data = self._pending_removals, self.data
        while waiting:
            data.discard(waiting.pop())

    def _refs(self, items, callback=None):
        # Commits what is pending, then gives the weak references to items.
        if self._pending_removals:
            self._commit_removals()
        return (ref(x, callback) for x in items)

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                item = wr()
                if item is not None:
                    # The suspended iterator holds item strongly until it resumes.
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        # The state is object.__getstate__()'s: the instance dict (None when empty).
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate is not None else self.__dict__ or None
        return self.__class__, (list(self),), state

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while self.data:
            item = self.data.pop()()
            if item is not None:
                return item
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        rest = self.copy()
        rest.difference_update(other)
        return rest

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return self.__class__(x for x in other if x in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(ref(x) for x in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(x) for x in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.data == set(map(ref, other))
        return NotImplemented

    def symmetric_difference(self, other):
        rest = self.copy()
        rest.symmetric_difference_update(other)
        return rest

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.clear()
        else:
            self.data.symmetric_difference_update(self._refs(other, self._remove))
        return self

    def union(self, other):
        return self.__class__(x for part in (self, other) for x in part)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_generic_alias)


WeakSet.__module__ = '_weakrefset'


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj
    dies, when the finalize object is called, or at exit (unless atexit is set false)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _serial = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func, info.args, info.kwargs = func, args, kwargs or None
        info.atexit = True
        info.index = finalize._serial
        finalize._serial += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs the callback (once), unless it was detached or has run; returns its result."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def _state(self):
        # (obj, func, args, kwargs) while obj is alive and the finalizer pending, else None.
        info = self._registry.get(self)
        obj = info.weakref() if info else None
        if obj is not None:
            return obj, info.func, info.args, info.kwargs or {}

    def detach(self):
        """Cancels the finalizer, returning (obj, func, args, kwargs) if it was alive."""
        state = self._state()
        if state is not None and self._registry.pop(self, None):
            return state

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        return self._state()

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        state = self._state()
        head = '<%s object at %#x' % (type(self).__name__, id(self))
        if state is None:
            return head + '; dead>'
        obj = state[0]
        return head + '; for %r at %#x>' % (type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers to run at exit, oldest first.
        chosen = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # At exit: run the pending finalizers, newest first, with the collector off.
        import gc
        paused = False
        try:
            if cls._registry:
                paused = gc.isenabled()
                if paused:
                    gc.disable()
                queue = None
                while True:
                    if queue is None or finalize._dirty:
                        queue = cls._select_for_exit()
                        finalize._dirty = False
                    if not queue:
                        break
                    f = queue.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
        finally:
            finalize._shutdown = True
            if paused:
                gc.enable()


_abcs = _sys.modules.get('_collections_abc')
if _abcs is not None:
    _abcs.MutableMapping.register(WeakValueDictionary)
    _abcs.MutableMapping.register(WeakKeyDictionary)
del _abcs
`;
