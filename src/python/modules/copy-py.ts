// The copy module in Python: copy and deepcopy (with the memo dict), honouring __copy__ /
// __deepcopy__, __reduce_ex__ / __reduce__, __getstate__ / __setstate__, and instance state
// kept in __dict__ and __slots__; follows the behaviour of CPython 3.11's module.

/** Python source of the `copy` module, run in the module's namespace. */
export const COPY_PY = String.raw`
'''Shallow and deep copying of arbitrary Python objects.'''

import sys as _sys
import types as _types
import weakref as _weakref
from copyreg import dispatch_table as _dispatch_table

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# Objects of these types are their own copies, shallow or deep.
_SELF_COPYING = frozenset([type(None), int, float, bool, complex, str, bytes, type, range,
                           _types.BuiltinFunctionType, type(...), type(NotImplemented),
                           _types.FunctionType, _types.CodeType, _weakref.ref, property])
# ... and these their own shallow copies only.
_SHALLOW_SELF = frozenset([tuple, frozenset, slice])
_NATIVE_BASES = (list, dict, set, frozenset, tuple, int, float, str, bytes)
_VALUE_BASES = (tuple, frozenset, int, float, str, bytes)
_HEAPTYPE = 1 << 9


def _own_attr(cls, name):
    '''What the nearest class in cls's MRO defines as name in its __dict__, or None.'''
    for klass in cls.__mro__:
        namespace = getattr(klass, '__dict__', None)
        if namespace is not None and name in namespace:
            return namespace[name]
    return None


def _native_base(cls):
    '''The first builtin container or value type among cls's bases, or None.'''
    for klass in cls.__mro__:
        if klass in _NATIVE_BASES:
            return klass
    return None


def _slotted_names(cls):
    '''The attribute names declared by __slots__ anywhere in cls's MRO (mangled as stored).'''
    found = []
    for klass in cls.__mro__:
        declared = getattr(klass, '__dict__', {}).get('__slots__')
        if declared is None:
            continue
        for slot in ((declared,) if isinstance(declared, str) else declared):
            if slot == '__dict__' or slot == '__weakref__':
                continue
            if slot.startswith('__') and not slot.endswith('__'):
                owner = klass.__name__.lstrip('_')
                if owner:
                    found.append('_' + owner + slot)
            found.append(slot)
    return found


def _state_of(obj):
    '''The state copy saves for obj: __getstate__'s result, else (__dict__, slot values).'''
    if _own_attr(type(obj), '__getstate__') is not None:
        return obj.__getstate__()
    attrs = getattr(obj, '__dict__', None) or None
    slots = {}
    for slot in _slotted_names(type(obj)):
        try:
            slots[slot] = getattr(obj, slot)
        except AttributeError:
            pass
    return (attrs, slots) if slots else attrs


def _restore(target, state):
    '''Give target the saved state (already deep-copied for a deep copy).'''
    if state is None:
        return
    if _own_attr(type(target), '__setstate__') is not None and hasattr(target, '__setstate__'):
        target.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        target.__dict__.update(state)
    if slots:
        for slot, slot_value in slots.items():
            setattr(target, slot, slot_value)


def _blank_like(obj):
    '''A new instance of type(obj) holding obj's builtin-base contents (a shallow copy's start).'''
    cls = type(obj)
    base = _native_base(cls)
    if base in _VALUE_BASES:
        if _own_attr(cls, '__getnewargs__') is not None:
            return cls.__new__(cls, *obj.__getnewargs__())
        return base.__new__(cls, base(obj))
    fresh = cls.__new__(cls)
    if base is list:
        list.extend(fresh, obj)
    elif base is set:
        set.update(fresh, obj)
    elif base is dict:
        for k, v in dict.items(obj):
            dict.__setitem__(fresh, k, v)
    return fresh


def _reduction(obj):
    '''obj's reduce value (from __reduce_ex__(4) or __reduce__), or None when it has none.'''
    cls = type(obj)
    # copyreg.pickle() registrations come first, as in copy.copy/deepcopy.
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        return reductor(obj)
    if _own_attr(cls, '__reduce_ex__') is not None:
        return obj.__reduce_ex__(4)
    if _own_attr(cls, '__reduce__') is not None:
        return obj.__reduce__()
    deque = getattr(_sys.modules.get('collections'), 'deque', None)
    if deque is not None and issubclass(cls, deque):
        return obj.__reduce__()
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    '''Build a copy of x from the parts of a reduce value (deep when memo is a dict).'''
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    made = func(*args)
    if deep:
        memo[id(x)] = made
    if state is not None:
        # Deep-copied here, not in _restore: a recursion through copies has CPython's
        # frames per level (deepcopy, _reconstruct, deepcopy of the state, ...).
        _restore(made, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            made.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            made[k] = v
    return made


def _generic(obj, memo):
    '''Copy obj through its reduce value, or its exception args, or its state.'''
    reduced = _reduction(obj)
    if reduced is not None:
        return obj if isinstance(reduced, str) else _reconstruct(obj, memo, *reduced)
    return _unreduced(obj, memo)


def _unreduced(obj, memo):
    '''Copy obj, which has no reduce value of its own: its exception args, or its state.'''
    cls = type(obj)
    if isinstance(obj, BaseException):
        if memo is None:
            made = cls(*obj.args)
            made.__dict__.update(obj.__dict__)
            return made
        made = cls(*deepcopy(obj.args, memo))
        memo[id(obj)] = made
        return made
    if not cls.__flags__ & _HEAPTYPE:
        # A built-in type with no copy rule: object.__reduce_ex__ decides (and refuses
        # generators, frames and the like as CPython does).
        return _reconstruct(obj, memo, *obj.__reduce_ex__(4))
    if memo is None:
        made = _blank_like(obj)
        _restore(made, _state_of(obj))
        return made
    # A deep copy: every part is deep-copied from this frame, so that a recursion through
    # copies has CPython's frames per level (deepcopy, _reconstruct, deepcopy, ...).
    base = _native_base(cls)
    if base in _VALUE_BASES:
        if _own_attr(cls, '__getnewargs__') is not None:
            made = cls.__new__(cls, *tuple(deepcopy(a, memo) for a in obj.__getnewargs__()))
        elif base is tuple or base is frozenset:
            made = base.__new__(cls, base(deepcopy(list(obj), memo)))
        else:
            made = base.__new__(cls, base(obj))
    else:
        made = cls.__new__(cls)
        memo[id(obj)] = made
        if base is list:
            for item in obj:
                list.append(made, deepcopy(item, memo))
        elif base is set:
            for item in obj:
                set.add(made, deepcopy(item, memo))
        elif base is dict:
            for k, v in dict.items(obj):
                dict.__setitem__(made, deepcopy(k, memo), deepcopy(v, memo))
    memo[id(obj)] = made
    state = _state_of(obj)
    _restore(made, None if state is None else deepcopy(state, memo))
    return made


def copy(x):
    '''Return a shallow copy of x.'''
    cls = type(x)
    if cls in _SELF_COPYING or cls in _SHALLOW_SELF or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _generic(x, None)


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(parts, x)):
        return x
    return tuple(parts)


def _deep_list(x, memo):
    result = memo[id(x)] = []
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deep_dict(x, memo):
    result = memo[id(x)] = {}
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


_DEEP = {
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    # As set.__reduce__'s (cls, (list(x),), state): the list of items is deep-copied through
    # the memo (which keeps it, and so has one entry more), then the set is made from it.
    set: lambda x, memo: set(deepcopy(list(x), memo)),
    frozenset: lambda x, memo: frozenset(deepcopy(list(x), memo)),
    bytearray: lambda x, memo: bytearray(x),
    # _deepcopy_method: the same function bound to a deep copy of its object.
    _types.MethodType: lambda x, memo: type(x)(x.__func__, deepcopy(x.__self__, memo)),
}


def deepcopy(x, memo=None, _nil=[]):
    '''Return a deep copy of x; memo maps id() of already-copied objects to their copies.'''
    if memo is None:
        memo = {}
    done = memo.get(id(x), _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if cls in _SELF_COPYING or issubclass(cls, type):
        return x
    handler = _DEEP.get(cls)
    if handler is not None:
        result = handler(x, memo)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            result = hook(memo)
        else:
            # As copy.deepcopy: the reduce value is got here and the copy made one call down.
            reduced = _reduction(x)
            if reduced is None:
                result = _unreduced(x, memo)
            elif isinstance(reduced, str):
                result = x
            else:
                result = _reconstruct(x, memo, *reduced)
    if result is not x:
        memo[id(x)] = result
        memo.setdefault(id(memo), []).append(x)
    return result
`;
