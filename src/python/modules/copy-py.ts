// The copy module in Python: copy and deepcopy with memo, __copy__/__deepcopy__, __reduce_ex__, __getstate__/__setstate__, __dict__ and __slots__ state.

/** Python source of the `copy` module, run in the module's namespace. */
export const COPY_PY = String.raw`
'''Generic (shallow and deep) copying operations.'''

import sys as _sys
import types
import weakref

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

try:
    _bytearray = bytearray
except NameError:
    _bytearray = None

_atomic = (type(None), int, float, bool, type(1j), str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, weakref.ref, property)


def _python_attr(cls, name):
    '''The attribute name defined by a Python class along cls's MRO, or None.'''
    for base in cls.__mro__:
        try:
            d = base.__dict__
        except AttributeError:
            continue
        if name in d:
            return d[name]
    return None


def _builtin_base(cls):
    for base in cls.__mro__:
        if base in (list, dict, set, frozenset, tuple, int, float, str, bytes):
            return base
    return None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        try:
            d = c.__dict__
        except AttributeError:
            continue
        if '__slots__' not in d:
            continue
        slots = d['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    names.append('_%s%s' % (stripped, name))
            names.append(name)
    return names


def _getstate(x):
    getstate = _python_attr(type(x), '__getstate__')
    if getstate is not None:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _setstate(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__') and _python_attr(type(y), '__setstate__') is not None:
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _new_like(x, deep, memo):
    cls = type(x)
    base = _builtin_base(cls)
    if base is tuple or base is frozenset or base in (int, float, str, bytes):
        newargs = _python_attr(cls, '__getnewargs__')
        if newargs is not None:
            args = x.__getnewargs__()
            if deep:
                args = deepcopy(args, memo)
            return cls.__new__(cls, *args)
        value = base(x)
        if deep and base in (tuple, frozenset):
            value = base(deepcopy(list(x), memo))
        return base.__new__(cls, value)
    y = cls.__new__(cls)
    if base is not None and deep:
        memo[id(x)] = y
    if base is list:
        list.extend(y, [deepcopy(a, memo) for a in x] if deep else x)
    elif base is dict:
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif base is set:
        set.update(y, [deepcopy(a, memo) for a in x] if deep else x)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _setstate(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reduce(x):
    cls = type(x)
    if _python_attr(cls, '__reduce_ex__') is not None:
        return x.__reduce_ex__(4)
    if _python_attr(cls, '__reduce__') is not None:
        return x.__reduce__()
    if _native_reduce(cls):
        return x.__reduce__()
    return None


def _native_reduce(cls):
    '''Whether cls derives from a native type with its own __reduce__ (collections.deque).'''
    collections = _sys.modules.get('collections')
    return collections is not None and issubclass(cls, collections.deque)


def copy(x):
    '''Shallow copy operation on arbitrary Python objects.'''
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list:
        return x.copy()
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is _bytearray:
        return _bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    y = _new_like(x, False, None)
    _setstate(y, _getstate(x), False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    '''Deep copy operation on arbitrary Python objects.'''
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
    elif cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            elif isinstance(x, BaseException):
                y = cls(*deepcopy(x.args, memo))
                memo[d] = y
            else:
                y = _new_like(x, True, memo)
                memo[d] = y
                _setstate(y, _getstate(x), True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
`;
