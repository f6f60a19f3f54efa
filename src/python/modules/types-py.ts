// The types module's Python source: names for the built-in types that builtins does not
// name, GenericAlias (list[int]) and UnionType (int | str), SimpleNamespace,
// MappingProxyType and the dynamic class helpers. It follows the behaviour of CPython
// 3.11's types module (whose GenericAlias and UnionType are C types there).

/** Source of the types module, run in its namespace. */
export const TYPES_PY = String.raw`
'''Names for the interpreter's own types, and the run-time objects behind list[int],
int | str, SimpleNamespace and MappingProxyType.'''

import sys as _sys


def _specimens():
    # One object of each unnamed built-in type, made and thrown away without leaving a
    # reference cycle behind (importing types leaves the collector nothing to do).
    def plain():
        return held

    def producer():
        yield

    held = None
    try:
        raise TypeError
    except TypeError as caught:
        tb_type = type(caught.__traceback__)
        frame_type = type(caught.__traceback__.tb_frame)
    return (type(plain), type(plain.__code__), type(plain.__closure__[0]), type(len),
            type(plain.__get__(plain)), type(_sys), type(None), type(...), type(NotImplemented),
            type(producer()), tb_type, frame_type)


(FunctionType, CodeType, CellType, BuiltinFunctionType, MethodType, ModuleType, NoneType,
 EllipsisType, NotImplementedType, GeneratorType, TracebackType, FrameType) = _specimens()
LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
del _specimens


def _async_specimens():
    async def native():
        pass

    async def agen():
        yield

    coro = native()
    coro_type = type(coro)
    coro.close()
    return coro_type, type(agen())


CoroutineType, AsyncGeneratorType = _async_specimens()
del _async_specimens


def coroutine(func):
    '''Makes a generator function awaitable (its generators get CO_ITERABLE_COROUTINE).'''
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(getattr(func, '__code__', None)) is CodeType:
        flags = func.__code__.co_flags
        if flags & 0x180:
            return func  # a coroutine function, or already marked
        if flags & 0x20:
            _mark_iterable_coroutine(func.__code__)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and result.gi_code.co_flags & 0x100:
            return result
        return result

    return wrapped


def _arg_repr(arg):
    # How GenericAlias and UnionType show one argument: classes by their dotted name.
    if arg is ...:
        return '...'
    if isinstance(arg, list):
        return '[' + ', '.join(map(_arg_repr, arg)) + ']'
    try:
        if hasattr(arg, '__origin__') and hasattr(arg, '__args__'):
            return repr(arg)
        name = arg.__qualname__
        where = arg.__module__
    except AttributeError:
        return repr(arg)
    if not isinstance(name, str) or not isinstance(where, str):
        return repr(arg)
    return name if where == 'builtins' else where + '.' + name


def _type_params(args):
    # The type variables of args, each once, in order: those that substitute themselves
    # (a __typing_subst__ method), then those of nested aliases (their __parameters__).
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            more = (arg,)
        elif isinstance(arg, (list, tuple)):
            more = _type_params(arg)
        else:
            more = getattr(arg, '__parameters__', ())
            if not isinstance(more, tuple):
                more = ()
        for p in more:
            if p not in found:
                found.append(p)
    return tuple(found)


def _substitute(alias, args, params, items):
    # args with every parameter in params replaced by the item at its index.
    if not params:
        raise TypeError(f'{alias!r} is not a generic class')
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments "
                        f'for {alias!r}; actual {len(items)}, expected {len(params)}')
    swap = dict(zip(params, items))

    def one(arg):
        if isinstance(arg, type):
            return arg
        if hasattr(arg, '__typing_subst__'):
            return arg.__typing_subst__(swap[arg]) if arg in swap else arg
        if isinstance(arg, list):
            return [one(a) for a in arg]
        inner = getattr(arg, '__parameters__', ())
        if inner and isinstance(inner, tuple):
            picked = tuple(swap.get(p, p) for p in inner)
            return arg[picked if len(picked) != 1 else picked[0]]
        return arg
    return tuple(one(a) for a in args)


_OWN = frozenset({'__class__', '__origin__', '__args__', '__parameters__', '__unpacked__',
                  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
                  '__reduce__', '__copy__', '__deepcopy__'})


class GenericAlias:
    '''A built-in class with type arguments (PEP 585): for list[int], __origin__ is list
    and __args__ is (int,).'''
    __slots__ = ('__origin__', '__args__', '__parameters__', '__weakref__')

    def __new__(cls, origin, args, /):
        made = object.__new__(cls)
        made.__origin__ = origin
        made.__args__ = args if isinstance(args, tuple) else (args,)
        made.__parameters__ = _type_params(made.__args__)
        return made

    def __repr__(self):
        shown = ', '.join(map(_arg_repr, self.__args__)) if self.__args__ else '()'
        return f'{_arg_repr(self.__origin__)}[{shown}]'

    def __call__(self, *a, **k):
        made = self.__origin__(*a, **k)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass   # the instance takes no attributes
        return made

    def __getattr__(self, wanted):
        if wanted in _OWN:
            raise AttributeError(wanted)
        return getattr(self.__origin__, wanted)

    def __mro_entries__(self, written):
        return self.__origin__,

    def __getitem__(self, items):
        return GenericAlias(self.__origin__,
                            _substitute(self, self.__args__, self.__parameters__, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __instancecheck__(self, _):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, _):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {'__origin__', '__args__', '__parameters__'})

    def __or__(self, right):
        return _type_or(self, right)

    def __ror__(self, left):
        return _type_or(left, self)


class UnionType:
    '''The type of int | str and other unions made with the | operator (PEP 604).'''
    __slots__ = ('__args__', '__parameters__')

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _arg_repr(a) for a in self.__args__)

    def __getitem__(self, items):
        picked = _substitute(self, self.__args__, self.__parameters__, items)
        result = picked[0]
        for more in picked[1:]:
            result = result | more
        return result

    def __eq__(self, other):
        if isinstance(other, UnionType):
            return frozenset(self.__args__) == frozenset(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _plain(self, what):
        if any(type(a) is GenericAlias for a in self.__args__):
            raise TypeError(f'{what}() argument 2 cannot be a parameterized generic')
        return self.__args__

    def __instancecheck__(self, candidate):
        return isinstance(candidate, self._plain('isinstance'))

    def __subclasscheck__(self, candidate):
        return issubclass(candidate, self._plain('issubclass'))

    def __or__(self, right):
        return _type_or(self, right)

    def __ror__(self, left):
        return _type_or(left, self)


def _type_or(left, right):
    '''left | right for classes, aliases and unions (type.__or__ calls it): a UnionType, or
    NotImplemented when either side cannot be in one.'''
    def fits(x):
        return x is None or isinstance(x, (type, GenericAlias, UnionType))
    if not (fits(left) or hasattr(left, '__typing_subst__')) or \
            not (fits(right) or hasattr(right, '__typing_subst__')):
        return NotImplemented
    if not (fits(left) and fits(right)):
        import typing
        return typing.Union[left, right]
    members = []
    for side in (left, right):
        for m in side.__args__ if type(side) is UnionType else (side,):
            m = NoneType if m is None else m
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    union = object.__new__(UnionType)
    union.__args__ = tuple(members)
    union.__parameters__ = _type_params(union.__args__)
    return union


_showing = set()


class SimpleNamespace:
    '''An object whose attributes are the keyword arguments it was made with; its repr
    lists them, and two namespaces are equal when their attributes are.'''

    # CPython's namespace: a dict pointer (a plain dict, not an instance's shared-key one)
    # and no weak references; sys.getsizeof sees its 24-byte object.
    __slots__ = ('__dict__',)

    def __init__(self, /, *positional, **attributes):
        if positional:
            raise TypeError('no positional arguments expected')
        self.__dict__ = {}
        if attributes:
            self.__dict__.update(attributes)

    def __sizeof__(self):
        return object.__sizeof__(self) - 8

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _showing:
            return name + '(...)'
        _showing.add(id(self))
        try:
            return name + '(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'
        finally:
            _showing.discard(id(self))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)

    # CPython's namespace is a C type named 'types.SimpleNamespace': so do its errors.
    def _missing(self, attr):
        kind = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        return AttributeError(f"'{kind}' object has no attribute '{attr}'", name=attr, obj=self)

    def __getattr__(self, attr):
        raise self._missing(attr)

    def __delattr__(self, attr):
        try:
            object.__delattr__(self, attr)
        except AttributeError:
            raise self._missing(attr) from None


MappingProxyType = type(SimpleNamespace.__dict__)  # a probe class would leave cyclic garbage
for _cls in (GenericAlias, UnionType, SimpleNamespace):
    _cls.__module__ = 'types'
del _cls


def resolve_bases(bases):
    '''bases with every entry that is not a class replaced by what its __mro_entries__
    gives (PEP 560).'''
    out = []
    replaced = False
    for entry in bases:
        hook = None if isinstance(entry, type) else getattr(entry, '__mro_entries__', None)
        if hook is None:
            out.append(entry)
            continue
        replacement = hook(tuple(bases))
        if not isinstance(replacement, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(replacement)
        replaced = True
    return tuple(out) if replaced else bases


def _winning_meta(meta, bases):
    for base in bases:
        other = type(base)
        if issubclass(meta, other):
            continue
        if issubclass(other, meta):
            meta = other
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return meta


def prepare_class(name, bases=(), kwds=None):
    '''The first steps of a class statement: (metaclass, namespace, remaining keywords).'''
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type)
    if isinstance(meta, type):
        meta = _winning_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    '''Makes a class as a class statement would: exec_body(ns) fills its namespace.'''
    actual = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, actual, kwds)
    if exec_body:
        exec_body(ns)
    if actual is not bases:
        ns.update(__orig_bases__=bases)
    return meta(name, actual, ns, **kwds)


# The tp_names of CPython's C types (messages show 'types.GenericAlias').
for _cls in (GenericAlias, UnionType, SimpleNamespace):
    _set_tp_name(_cls, 'types.' + _cls.__name__)
del _cls, _set_tp_name
`;
