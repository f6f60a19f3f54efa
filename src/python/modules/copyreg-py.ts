// The copyreg module in Python (pymm's own code, CPython 3.11's behaviour): the reduction
// registry pickle and copy consult, the reconstructors the reductions name
// (`__newobj__`, `__newobj_ex__`, `_reconstructor`), `_slotnames`, the extension registry,
// and the defaults of object.__reduce_ex__ / __reduce__ / __getstate__ (typeobject.c's
// reduce_newobj and object_getstate), which the interpreter takes from the namespace.

/** Python source of the `copyreg` module, run in the module's namespace. */
export const COPYREG_PY = String.raw`
'''Registry of reduction functions for pickle and copy (pymm).'''

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    '''Registers pickle_function as the reduction of ob_type's instances.'''
    if callable(pickle_function):
        dispatch_table[ob_type] = pickle_function
    else:
        raise TypeError('reduction functions must be callable')
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    parts = (c.real, c.imag)
    return complex, parts


def pickle_union(obj):
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


dispatch_table[complex] = pickle_complex
dispatch_table[type(int | str)] = pickle_union


def _reconstructor(cls, base, state):
    # What protocols 0 and 1 rebuild an instance with: base.__new__, then base's __init__
    # with the saved base value.
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    init = base.__init__
    if init != object.__init__:
        init(made, state)
    return made


_HEAPTYPE = 1 << 9


def _reduce_ex(self, proto, /):
    # object.__reduce_ex__ below protocol 2: the nearest base that is not a Python class
    # (or whose __new__ is its own) decides how the value is rebuilt.
    assert proto < 2
    cls = self.__class__
    solid = object
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            solid = base
            break
        new = base.__new__
        if getattr(new, '__self__', None) is base and type(new).__name__ == 'builtin_function_or_method':
            solid = base
            break
    if solid is object:
        base_state = None
    elif solid is cls:
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    else:
        base_state = solid(self)
    if type(self).__getstate__ is object.__getstate__ and getattr(self, '__slots__', None):
        raise TypeError('a class that defines __slots__ without defining __getstate__ cannot be pickled')
    state = type(self).__getstate__(self)
    if state:
        return _reconstructor, (cls, solid, base_state), state
    return _reconstructor, (cls, solid, base_state)


def __newobj__(cls, *args):
    new = cls.__new__
    return new(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    new = cls.__new__
    return new(cls, *args, **kwargs)


def _slotnames(cls):
    # The names of the slots of cls and its bases, mangled as attributes are; cached in the
    # class as __slotnames__.
    try:
        found = cls.__dict__.get('__slotnames__')
    except AttributeError:
        return []
    if found is not None:
        return found
    names = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            try:
                declared = klass.__dict__.get('__slots__')
            except AttributeError:
                continue
            if declared is None:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name == '__dict__' or name == '__weakref__':
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    names.append(f'_{owner}{name}' if owner else name)
                else:
                    names.append(name)
    try:
        setattr(cls, '__slotnames__', names)
    except Exception:
        pass
    return names


_extension_registry, _inverted_registry, _extension_cache = {}, {}, {}
_new_type = type(int.__new__)


def add_extension(module, name, code):
    '''Gives (module, name) the extension code that protocol 2 pickles it by.'''
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return
    if known_code is not None:
        raise ValueError('key %s is already registered with code %s' % (key, known_code))
    if known_key is not None:
        raise ValueError('code %s is already in use for key %s' % (code, known_key))
    _extension_registry.update({key: code})
    _inverted_registry.update({code: key})


def remove_extension(module, name, code):
    '''Forgets the extension code of (module, name).'''
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError('key %s is not registered with code %s' % (key, code))
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    '''Empties the cache of objects found by extension code.'''
    _extension_cache.clear()
`;

/** typeobject.c's part of copyreg: the object methods' Python halves, run as their own (hidden) file. */
export const COPYREG_OBJECT_PY = String.raw`
def _object_methods():
    # object.__reduce_ex__, __reduce__ and __getstate__ (typeobject.c's reduce_newobj and
    # object_getstate): the interpreter calls this once and deletes it from the module.
    reduce_method = object.__reduce__
    getstate_method = object.__getstate__


    def _cannot(cls):
        return TypeError(f'cannot pickle {_tp_name(cls)!r} object')


    def _tp_name(cls):
        module = cls.__module__
        if cls.__flags__ & _HEAPTYPE or module == 'builtins':
            return cls.__name__
        return f'{module}.{cls.__name__}'


    def _solid_base(cls):
        for klass in cls.__mro__:
            if not klass.__flags__ & _HEAPTYPE:
                return klass
        return object


    def _default_state(obj, required):
        # object_getstate_default: the instance dict (None when empty), with the slot values
        # as a second dict when there are any.
        cls = type(obj)
        if required and _solid_base(cls) is not object:
            raise _cannot(cls)
        try:
            state = obj.__dict__ or None
        except AttributeError:
            state = None
        # _PyType_GetSlotNames: the class's cached __slotnames__, else copyreg._slotnames.
        names = cls.__dict__.get('__slotnames__') if cls.__flags__ & _HEAPTYPE else None
        if names is None:
            names = _slotnames(cls)
        if names:
            values = {}
            for name in names:
                try:
                    values[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if values:
                state = (state, values)
        return state


    def _object_getstate(obj):
        return _default_state(obj, False)


    def _state_for(obj, required):
        getstate = obj.__getstate__
        if getattr(getstate, '__self__', None) is obj and getattr(type(obj), '__getstate__', None) is getstate_method:
            return _default_state(obj, required)
        return getstate()


    def _newargs(obj):
        # __getnewargs_ex__ or __getnewargs__, with typeobject.c's checks.
        hook = getattr(obj, '__getnewargs_ex__', None)
        if hook is not None:
            pair = hook()
            if not isinstance(pair, tuple):
                raise TypeError(f'__getnewargs_ex__ should return a tuple, not {type(pair).__name__!r}')
            if len(pair) != 2:
                raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not {len(pair)}')
            args, kwargs = pair
            if not isinstance(args, tuple):
                raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be a tuple, '
                                f'not {type(args).__name__!r}')
            if not isinstance(kwargs, dict):
                raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be a dict, '
                                f'not {type(kwargs).__name__!r}')
            return args, kwargs
        hook = getattr(obj, '__getnewargs__', None)
        if hook is not None:
            args = hook()
            if not isinstance(args, tuple):
                raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__!r}')
            return args, None
        return None, None


    def _object_reduce_common(obj, proto):
        if proto < 2:
            return _reduce_ex(obj, proto)
        cls = type(obj)
        if not cls.__flags__ & _HEAPTYPE and cls is not object:
            raise _cannot(cls)
        args, kwargs = _newargs(obj)
        if kwargs:
            creator, creator_args = __newobj_ex__, (cls, args, kwargs)
        else:
            creator, creator_args = __newobj__, (cls,) + (args or ())
        state = _state_for(obj, not (args is not None or isinstance(obj, (list, dict))))
        items = iter(obj) if isinstance(obj, list) else None
        pairs = iter(obj.items()) if isinstance(obj, dict) else None
        return creator, creator_args, state, items, pairs


    def _object_reduce_ex(obj, proto):
        if getattr(type(obj), '__reduce__', None) is not reduce_method:
            return obj.__reduce__()
        return _object_reduce_common(obj, proto)


    def _object_reduce(obj):
        return _object_reduce_common(obj, 0)
    return _object_reduce_ex, _object_reduce, _object_getstate
`;
