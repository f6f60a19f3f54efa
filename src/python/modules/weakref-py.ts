// weakref's Python half, written for pymm and run at `import weakref` (ref, proxy and the
// counting functions are native, weakref.ts): KeyedRef, WeakMethod, WeakValueDictionary,
// WeakKeyDictionary, WeakSet and finalize. Names, signatures, reprs, messages and the
// gc-visible shape of every container follow CPython 3.11's weakref and _weakrefset.
//
// The gc-visible shape is part of the behaviour: each container holds, like CPython's, a
// removal callback (a function whose defaults hold a weak reference back to the container),
// a list of removals put off while the container is being iterated, a set of the
// iterations in progress (one _IterationMark each) and its data dict or set, so
// gc.collect() finds the same objects in a cycle through one. Entries of dead referents
// leave the data at once, or when the last iteration ends.
//
// The dictionaries are registered as virtual MutableMappings (here, or by _collections_abc
// when that loads later) rather than inheriting from it, so `import weakref` does not load
// the ABCs; the mixin methods they would inherit are defined on them instead. WeakSet is
// registered as a MutableSet the same way.

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


class _IterationMark:
    # Marks a weak container as being iterated for the guard's lifetime (a with block):
    # removals wait until the last guard of the container is gone.

    def __init__(self, container):
        self.weakcontainer = ref(container)

    def __enter__(self):
        owner = self.weakcontainer()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, *exc_info):
        owner = self.weakcontainer()
        if owner is None:
            return
        running = owner._iterating
        running.remove(self)
        if not running:
            owner._flush_removals()


class KeyedRef(ref):
    """A weak reference that also carries the key its entry is stored under."""
    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        made = ref.__new__(type, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


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
            same_target = ref.__eq__(self, other)
            return same_target and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            other_target = ref.__ne__(self, other)
            return other_target or self._func_ref != other._func_ref
        return self is not other

    def __hash__(self):
        return ref.__hash__(self)


class _WeakMapping:
    # What the two weak dictionaries share: the MutableMapping mixins they do not define
    # themselves, and the | operators.

    __reversed__ = None
    __class_getitem__ = classmethod(_generic_alias)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        mine = dict(self.items())
        return mine == dict(other.items())

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
    # (The weak dictionaries are Mappings too, registered when the ABCs load.)
    if isinstance(obj, (dict, _WeakMapping)):
        return True
    abcs = _sys.modules.get('_collections_abc')
    return abcs is not None and isinstance(obj, abcs.Mapping)


def _settle(container):
    # Applies the removals put off while the container was being iterated.
    if container._pending_removals:
        container._flush_removals()


def _net_len(container):
    # Entries still in the data whose removal is pending do not count.
    return len(container.data) - len(container._pending_removals)


def _weak_state(container, on_death):
    # The bookkeeping every weak container carries (see the header comment).
    container._remove = on_death
    container._pending_removals = []
    container._iterating = set()


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
        _weak_state(self, _on_death)
        self.data = {}
        self.update(other, **kw)

    def _flush_removals(self):
        waiting, entries = self._pending_removals, self.data
        while waiting:
            _remove_dead_weakref(entries, waiting.pop())

    def __getitem__(self, key):
        _settle(self)
        found = self.data[key]()
        if found is None:
            raise KeyError(key)
        return found

    def __delitem__(self, key):
        _settle(self)
        del self.data[key]

    def __len__(self):
        _settle(self)
        return len(self.data)

    def __contains__(self, key):
        _settle(self)
        held = self.data.get(key)
        return held is not None and held() is not None

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _settle(self)
        on_death = self._remove
        self.data[key] = KeyedRef(value, on_death, key)

    def _live_copy(self, twin, copy_key):
        _settle(self)
        with _IterationMark(self):
            for k, held in self.data.items():
                target = held()
                if target is not None:
                    twin[copy_key(k)] = target
        return twin

    def copy(self):
        return self._live_copy(WeakValueDictionary(), lambda k: k)

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        return self._live_copy(self.__class__(), lambda k: copy.deepcopy(k, memo))

    def get(self, key, default=None):
        _settle(self)
        held = self.data.get(key)
        target = None if held is None else held()
        return default if target is None else target

    def items(self):
        _settle(self)
        with _IterationMark(self):
            for k, held in self.data.items():
                target = held()
                if target is not None:
                    yield k, target

    def keys(self):
        _settle(self)
        with _IterationMark(self):
            for k, held in self.data.items():
                if held() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """An iterator over the weak references to the values (some may be dead)."""
        _settle(self)
        with _IterationMark(self):
            for held in self.data.values():
                yield held

    def values(self):
        _settle(self)
        with _IterationMark(self):
            for held in self.data.values():
                target = held()
                if target is not None:
                    yield target

    def popitem(self):
        _settle(self)
        while True:
            k, held = self.data.popitem()
            target = held()
            if target is not None:
                return k, target

    def pop(self, key, *args):
        _settle(self)
        held = self.data.pop(key, None)
        target = None if held is None else held()
        if target is not None:
            return target
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        held = self.data.get(key)
        target = None if held is None else held()
        if target is not None:
            return target
        _settle(self)
        on_death = self._remove
        self.data[key] = KeyedRef(default, on_death, key)
        return default

    def update(self, other=None, /, **kwargs):
        _settle(self)
        entries, on_death = self.data, self._remove
        if other is not None:
            pairs = (other if hasattr(other, 'items') else dict(other)).items()
            for k, target in pairs:
                entries[k] = KeyedRef(target, on_death, k)
        for k, target in kwargs.items():
            entries[k] = KeyedRef(target, on_death, k)

    def valuerefs(self):
        """A list of the weak references to the values (some may be dead)."""
        _settle(self)
        return [*self.data.values()]


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
        _weak_state(self, _on_death)
        # Set by deletions: the pending removals may name entries already gone.
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _flush_removals(self):
        waiting, entries = self._pending_removals, self.data
        while waiting:
            entries.pop(waiting.pop(), None)

    def _scrub_removals(self):
        entries = self.data
        self._pending_removals = [wr for wr in self._pending_removals if wr in entries]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        wr = ref(key)
        return self.data[wr]

    def __len__(self):
        if self._pending_removals and self._dirty_len:
            self._scrub_removals()
        return _net_len(self)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        wr = ref(key, self._remove)
        self.data[wr] = value

    def _live_copy(self, twin, copy_value):
        with _IterationMark(self):
            for wr, v in self.data.items():
                k = wr()
                if k is not None:
                    twin[k] = copy_value(v)
        return twin

    def copy(self):
        return self._live_copy(WeakKeyDictionary(), lambda v: v)

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        return self._live_copy(self.__class__(), lambda v: copy.deepcopy(v, memo))

    def get(self, key, default=None):
        wr = ref(key)
        return self.data.get(wr, default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationMark(self):
            for wr, v in self.data.items():
                k = wr()
                if k is not None:
                    yield k, v

    def keys(self):
        with _IterationMark(self):
            for wr in self.data:
                k = wr()
                if k is not None:
                    yield k

    __iter__ = keys

    def values(self):
        with _IterationMark(self):
            for wr, v in self.data.items():
                if wr() is not None:
                    yield v

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return [*self.data]

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def pop(self, key, *args):
        self._dirty_len = True
        wr = ref(key)
        return self.data.pop(wr, *args)

    def setdefault(self, key, default=None):
        wr = ref(key, self._remove)
        return self.data.setdefault(wr, default)

    def update(self, dict=None, /, **kwargs):
        entries, on_death = self.data, self._remove
        if dict is not None:
            pairs = dict.items() if hasattr(dict, 'items') else _plain_dict(dict).items()
            for k, v in pairs:
                entries[ref(k, on_death)] = v
        if kwargs:
            self.update(kwargs)


def _ref_set(items):
    return set(map(ref, items))


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
        _weak_state(self, _remove)
        if data is not None:
            self.update(data)

    def _flush_removals(self):
        waiting, members = self._pending_removals, self.data
        while waiting:
            members.discard(waiting.pop())

    def _refs(self, items, callback=None):
        # Settles what is pending, then gives the weak references to items.
        _settle(self)
        return (ref(x, callback) for x in items)

    def __iter__(self):
        with _IterationMark(self):
            for wr in self.data:
                member = wr()
                if member is not None:
                    # The suspended iterator holds member strongly until it resumes.
                    yield member

    def __len__(self):
        return _net_len(self)

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
        _settle(self)
        wr = ref(item, self._remove)
        self.data.add(wr)

    def clear(self):
        _settle(self)
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        _settle(self)
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        _settle(self)
        wr = ref(item)
        self.data.remove(wr)

    def discard(self, item):
        _settle(self)
        wr = ref(item)
        self.data.discard(wr)

    def update(self, other):
        _settle(self)
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        rest = self.copy()
        rest.difference_update(other)
        return rest

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

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(ref(x) for x in other)

    def __lt__(self, other):
        return self.data < _ref_set(other)

    def issuperset(self, other):
        return self.data.issuperset(ref(x) for x in other)

    def __gt__(self, other):
        return self.data > _ref_set(other)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.data == _ref_set(other)
        return NotImplemented

    def symmetric_difference(self, other):
        rest = self.copy()
        rest.symmetric_difference_update(other)
        return rest

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

    def isdisjoint(self, other):
        return not self.intersection(other)

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_generic_alias)
    __sub__, __and__, __le__, __ge__ = difference, intersection, issubset, issuperset
    __xor__, __or__ = symmetric_difference, union


WeakSet.__module__ = '_weakrefset'


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj
    dies, when the finalize object is called, or at exit (unless atexit is set false)."""

    __slots__ = ()
    # Every live finalizer, mapped to its _Info: a finalizer is alive while it is a key here.
    _registry = {}
    _shutdown = False
    _serial = 0
    _dirty = False
    _atexit_hooked = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._atexit_hooked:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._atexit_hooked = True
        record = finalize._Info()
        record.weakref = ref(obj, self)
        record.func, record.args, record.kwargs = func, args, kwargs or None
        record.atexit = True
        record.index = finalize._serial
        finalize._serial += 1
        finalize._registry[self] = record
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs the callback (once), unless it was detached or has run; returns its result."""
        record = finalize._registry.pop(self, None)
        if not record or finalize._shutdown:
            return None
        return record.func(*record.args, **(record.kwargs or {}))

    def _state(self):
        # (obj, func, args, kwargs) while obj is alive and the finalizer pending, else None.
        record = finalize._registry.get(self)
        obj = record.weakref() if record else None
        if obj is None:
            return None
        return obj, record.func, record.args, record.kwargs or {}

    def detach(self):
        """Cancels the finalizer, returning (obj, func, args, kwargs) if it was alive."""
        state = self._state()
        if state is not None and finalize._registry.pop(self, None):
            return state
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        return self._state()

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive then."""
        record = finalize._registry.get(self)
        return bool(record) and record.atexit

    @atexit.setter
    def atexit(self, value):
        record = finalize._registry.get(self)
        if record:
            record.atexit = bool(value)

    def __repr__(self):
        state = self._state()
        head = '<%s object at %#x' % (type(self).__name__, id(self))
        if state is None:
            return head + '; dead>'
        obj = state[0]
        return head + '; for %r at %#x>' % (type(obj).__name__, id(obj))

    @classmethod
    def _exit_queue(cls):
        # The live finalizers to run at exit, oldest first.
        chosen = [(record.index, f) for f, record in cls._registry.items() if record.atexit]
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
                    if queue is None or cls._dirty:
                        queue = cls._exit_queue()
                        cls._dirty = False
                    if not queue:
                        break
                    f = queue.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
        finally:
            cls._shutdown = True
            if paused:
                gc.enable()


_abcs = _sys.modules.get('_collections_abc')
if _abcs is not None:
    _abcs.MutableMapping.register(WeakValueDictionary)
    _abcs.MutableMapping.register(WeakKeyDictionary)
    _abcs.MutableSet.register(WeakSet)
del _abcs
`;
