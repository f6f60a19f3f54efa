// The typing module's Python source: special forms (Any, Union, Optional, Literal, ClassVar,
// Final, …), the aliases of built-in and collections.abc generics (List[int], Dict[str, T],
// Callable[[int], str], Tuple[int, ...]), TypeVar and ParamSpec, Generic and Protocol,
// NamedTuple, TypedDict, NewType, Annotated and the run-time helpers (cast, overload,
// get_type_hints, get_origin, get_args, …). It follows the behaviour of CPython 3.11's
// typing module — reprs, errors, equality, caching of subscriptions — with its own, smaller
// design: a few alias classes, and the substitution of type variables shared with types.

/** Python source of the `typing` module, run in the module's namespace. */
export const TYPING_PY = String.raw`
'''Run-time support for type hints: the special forms, generic aliases, type variables,
Generic and Protocol, NamedTuple, TypedDict and helpers such as cast, overload and
get_type_hints.'''

import collections
import collections.abc
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
           'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
           'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
           'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
           'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
           'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs',
           'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
           'TypeAlias', 'TypeGuard', 'Unpack']

TYPE_CHECKING = False
_NoneType = type(None)
_params_of = types._type_params


# ── small helpers ──────────────────────────────────────────────────────────

def _memo(fn, typed=False):
    '''fn with its last 128 results kept by argument (as functools.lru_cache keeps those of
    typing's subscriptions, so that List[int] is List[int]); unhashable arguments skip it.'''
    kept = {}

    def memoized(*args):
        key = (args, tuple(map(type, args))) if typed else args
        try:
            found = kept.pop(key, kept)
        except TypeError:
            return fn(*args)
        if found is kept:
            found = fn(*args)
            if len(kept) >= 128:
                del kept[next(iter(kept))]
        kept[key] = found
        return found
    return memoized


def _convert(arg):
    # None stands for its type, and a string for the class it names.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg, is_argument=True, *, allow_special_forms=False):
    '''arg as a type argument (None and strings converted), or TypeError when it cannot be
    one: a tuple, a bare special form, or ClassVar/Final where they are not allowed.'''
    arg = _convert(arg)
    banned = (Generic, Protocol)
    if not allow_special_forms:
        banned += (ClassVar, Final) if is_argument else (ClassVar,)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in banned:
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _type_repr(obj):
    # A class by its dotted name (builtins bare), a function by its name, ... as '...'.
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        where = obj.__module__
        return obj.__qualname__ if where == 'builtins' else f'{where}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _arity_check(alias, args, expected):
    if not expected:
        raise TypeError(f'{alias} is not a generic class')
    if len(args) != expected:
        raise TypeError(f"Too {'many' if len(args) > expected else 'few'} arguments for "
                        f'{alias}; actual {len(args)}, expected {expected}')


def _unique(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _caller(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


class _Final:
    '''Base of typing's own classes, which programs may not subclass.'''
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if cls.__module__ != 'typing':
            raise TypeError('Cannot subclass special typing classes')


class _Constant:
    '''Copying one of these gives the object itself.'''
    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ── special forms ──────────────────────────────────────────────────────────

class _SpecialForm(_Final, _Constant):
    # One of typing's special forms (Union, Optional, ClassVar, NoReturn, …): subscripting
    # it runs its rule; it can be neither instantiated nor subclassed. (No class docstring:
    # __doc__ is a slot, each form's own.)
    __slots__ = ('_name', '__doc__', '_rule')

    def __init__(self, name, doc, rule=None):
        self._name = name
        self.__doc__ = doc
        self._rule = rule

    def __getattr__(self, item):
        if item == '__name__' or item == '__qualname__':
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        if self._rule is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._rule(self, parameters)


class _LiteralSpecialForm(_SpecialForm):
    __slots__ = ()

    def __getitem__(self, parameters):
        return self._rule(self, *(parameters if isinstance(parameters, tuple) else (parameters,)))


def _one_type(form, parameters):
    # ClassVar[X], Final[X], TypeGuard[X]: exactly one type.
    return _GenericAlias(form, (_type_check(parameters, f'{form} accepts only single type.'),))


def _one_key_type(form, parameters):
    # Required[X], NotRequired[X].
    return _GenericAlias(form, (_type_check(parameters, f'{form._name} accepts only a single type.'),))


def _union_rule(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    members = []
    for p in parameters:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            members.extend(p.__args__)
        else:
            members.append(p)
    members = tuple(_unique_hashed(members))
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(form, members, name='Optional')
    return _UnionGenericAlias(form, members)


def _unique_hashed(items):
    # First occurrences of items equal by hash and ==, as a set sees them.
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _optional_rule(form, parameters):
    return Union[_type_check(parameters, f'{form} requires a single type.'), _NoneType]


def _literal_rule(form, *values):
    flat = []
    for v in values:
        flat.extend(v.__args__ if isinstance(v, _LiteralGenericAlias) else (v,))
    try:
        flat = [v for v, _ in _unique_hashed([(v, type(v)) for v in flat])]
    except TypeError:
        pass   # unhashable values stay as given
    return _LiteralGenericAlias(form, tuple(flat))


def _concatenate_rule(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable.')
    checked = tuple(_type_check(p, 'Concatenate[arg, ...]: each arg must be a type.')
                    for p in parameters[:-1])
    return _ConcatenateGenericAlias(form, checked + (parameters[-1],))


def _unpack_rule(form, parameters):
    return _UnpackGenericAlias(form, (_type_check(parameters, f'{form} accepts only single type.'),))


NoReturn = _SpecialForm('NoReturn', 'Special type indicating functions that never return.')
Never = _SpecialForm('Never', 'The bottom type, a type that has no members.')
Self = _SpecialForm('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _SpecialForm('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _SpecialForm('TypeAlias', 'Special form for marking type aliases.')
ClassVar = _SpecialForm('ClassVar', 'Special type construct to mark class variables.',
                        _memo(_one_type))
Final = _SpecialForm('Final', 'Special typing construct to indicate final names.',
                     _memo(_one_type))
TypeGuard = _SpecialForm('TypeGuard', 'Marks a boolean function that narrows the type of its argument.',
                         _memo(_one_type))
Required = _SpecialForm('Required', 'Marks a key of a TypedDict as required.', _one_key_type)
NotRequired = _SpecialForm('NotRequired', 'Marks a key of a TypedDict as possibly missing.',
                           _one_key_type)
Union = _SpecialForm('Union', 'Union[X, Y] means either X or Y.', _memo(_union_rule))
Optional = _SpecialForm('Optional', 'Optional[X] is equivalent to Union[X, None].',
                        _memo(_optional_rule))
Literal = _LiteralSpecialForm('Literal', 'A type whose values are exactly the ones given.',
                              _memo(_literal_rule, typed=True))
Concatenate = _SpecialForm('Concatenate', 'Prepends types to a ParamSpec in a Callable.',
                           _memo(_concatenate_rule))
Unpack = _SpecialForm('Unpack', 'Unpacks a TypeVarTuple or a tuple type.', _unpack_rule)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    '''The type every value has and that every type is compatible with.'''

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


class ForwardRef(_Final):
    '''A type named by a string, evaluated when the hints are read (get_type_hints).'''
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            owner = sys.modules.get(self.__forward_module__)
            globalns = getattr(owner, '__dict__', globalns)
        found = _type_check(eval(self.__forward_code__, globalns, localns),
                            'Forward references must evaluate to types.',
                            self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _evaluate_hint(found, globalns, localns, recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


# ── type variables ─────────────────────────────────────────────────────────

class _TypeVarBase(_Final, _Constant):
    '''What TypeVar and ParamSpec share: variance, bound, repr, | and pickling by name.'''
    __slots__ = ()

    def _set_variance(self, name, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound else None
        home = _caller(3)
        if home != 'typing':
            self.__module__ = home

    def __repr__(self):
        mark = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return mark + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarBase):
    '''A type variable: T = TypeVar('T') stands for one type throughout a generic function
    or class. Constraints limit it to the types listed, bound= to subtypes of one type.'''

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self._set_variance(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(
            _type_check(c, 'TypeVar(name, constraint, ...): constraints must be types.')
            for c in constraints)

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if isinstance(arg, _UnpackGenericAlias):
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


class ParamSpecArgs(_Final):
    '''P.args, for annotating the *args of a function typed with ParamSpec P.'''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final):
    '''P.kwargs, for annotating the **kwargs of a function typed with ParamSpec P.'''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_TypeVarBase):
    '''A parameter specification variable: it stands for the whole parameter list of a
    callable, as in Callable[P, T].'''

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._set_variance(name, bound, covariant, contravariant)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        if not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or '
                            f'Concatenate. Got {arg}')
        return arg


class TypeVarTuple(_Final, _Constant):
    '''A variable standing for any number of types (PEP 646).'''

    def __init__(self, name):
        self.__name__ = name
        home = _caller()
        if home != 'typing':
            self.__module__ = home

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__




# ── aliases ────────────────────────────────────────────────────────────────

_ALIAS_OWN = frozenset({'_name', '_inst', '_nparams'})


class _BaseGenericAlias(_Final):
    '''What every alias shares: calling it makes an instance of its origin, attribute
    reads fall through to the origin, and class statements see the origin as the base.'''
    __iter__ = None

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__.lower()}() instead')
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        entries = [] if self.__origin__ in bases else [self.__origin__]
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or
                   (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in _ALIAS_OWN:
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_BaseGenericAlias):
    '''A subscripted alias: List[int], Box[T], ClassVar[int], Union[...] and the like.'''

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _params_of(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        return _subscript_alias(self, args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        inner = ', '.join(map(_type_repr, self.__args__)) if self.__args__ else '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        return _subscript, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            if any(isinstance(b, _BaseGenericAlias) and b is not self
                   for b in bases[bases.index(self) + 1:]):
                return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _subscript(origin, args):
    return origin[args if len(args) != 1 else args[0]]


@_memo
def _subscript_alias(alias, args):
    # alias[args]: its type variables replaced, in order, by args.
    if alias.__origin__ in (Generic, Protocol):
        raise TypeError(f'Cannot subscript already-subscripted {alias}')
    params = alias.__parameters__
    if not params:
        raise TypeError(f'{alias} is not a generic class')
    if not isinstance(args, tuple):
        args = (args,)
    args = _fit_param_spec(params, tuple(_convert(a) for a in args))
    _arity_check(alias, args, len(params))
    swap = {p: p.__typing_subst__(a) for p, a in zip(params, args)}
    is_callable = alias.__origin__ is collections.abc.Callable
    result = []
    for old in alias.__args__:
        new = _replace(old, swap)
        if is_callable and isinstance(new, tuple):
            result.extend(new)
        else:
            result.append(new)
    return alias.copy_with(tuple(result))


def _fit_param_spec(params, args):
    # A lone ParamSpec takes all the arguments as its list: Z[int, str] is Z[[int, str]].
    if len(params) == 1 and isinstance(params[0], ParamSpec) and \
            not (len(args) == 1 and _is_param_expr(args[0])):
        return (args,)
    return args


def _replace(arg, swap):
    if isinstance(arg, type):
        return arg
    if hasattr(arg, '__typing_subst__'):
        return swap.get(arg, arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_replace(a, swap) for a in arg)
    inner = getattr(arg, '__parameters__', ())
    if inner and isinstance(inner, tuple):
        picked = tuple(swap.get(p, p) for p in inner)
        return arg[picked if len(picked) != 1 else picked[0]]
    return arg


class _TypingEllipsis:
    '''Stands for ... inside Tuple[int, ...] while the arguments are checked.'''


class _SpecialGenericAlias(_BaseGenericAlias):
    '''An unsubscripted alias such as List or Iterable, taking nparams arguments.'''

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    def __getitem__(self, params):
        return _subscript_special(self, params)

    def _make(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        _arity_check(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name


@_memo
def _subscript_special(alias, params):
    return alias._make(params)


class _TupleType(_SpecialGenericAlias):
    def _make(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            head = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1])
            return self.copy_with(head + (_TypingEllipsis,))
        return self.copy_with(tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                    for p in params))


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        return _subscript_special(self, (tuple(args) if isinstance(args, list) else args, result))

    def _make(self, params):
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with(tuple(map(_convert, args)) + (result,))


class _CallableGenericAlias(_GenericAlias):
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return f"typing.Callable[[{', '.join(map(_type_repr, args[:-1]))}], {_type_repr(args[-1])}]"

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _subscript, (Callable, args)


class _UnionGenericAlias(_GenericAlias):
    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __reduce__(self):
        return _subscript, (Union, self.__args__)


def _typed_values(args):
    return [(v, type(v)) for v in args]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_typed_values(self.__args__)) == set(_typed_values(other.__args__))

    def __hash__(self):
        return hash(frozenset(_typed_values(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias):
    '''Annotated[T, x, ...]: T with metadata that type checkers ignore.'''
    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def __reduce__(self):
        return _subscript, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    '''Annotated[T, x]: the type T carrying the metadata x, for tools that read it.'''
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        return _annotate(params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


@_memo
def _annotate(params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    base = _type_check(params[0], 'Annotated[t, ...]: t must be a type.', allow_special_forms=True)
    return _AnnotatedAlias(base, tuple(params[1:]))


# ── Generic and Protocol ───────────────────────────────────────────────────

@_memo
def _subscript_generic(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(map(_convert, params))
    if cls is Generic or cls is Protocol:
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                            'or parameter specification variables.')
        if len(set(params)) != len(params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
    else:
        own = cls.__parameters__
        params = _fit_param_spec(own, params)
        _arity_check(cls, params, len(own))
    return _GenericAlias(cls, params)


class Generic:
    '''Base for generic classes: class Box(Generic[T]) makes Box[int] and friends.'''
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _subscript_generic(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            plain = Generic in orig
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if plain:
            raise TypeError('Cannot inherit from plain Generic')
        if orig is None:
            cls.__parameters__ = ()
            return
        found = _params_of(orig)
        declared = [b for b in orig if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError('Cannot inherit from Generic[...] multiple times.')
        if declared:
            listed = declared[0].__parameters__
            missing = [t for t in found if t not in listed]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are not "
                                f"listed in Generic[{', '.join(map(str, listed))}]")
            found = listed
        cls.__parameters__ = tuple(found)


_NOT_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__qualname__', '_MutableMapping__marker'})


def _protocol_members(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in [*base.__dict__, *getattr(base, '__annotations__', {})]:
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                names.add(name)
    return names


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _from_machinery(depth=3):
    # Whether the check comes from abc or functools walking subclasses (depth frames up):
    # then a protocol that cannot be checked answers NotImplemented instead of raising.
    try:
        return sys._getframe(depth).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return True


_NOT_RUNTIME = 'Instance and class checks can only be used with @runtime_checkable protocols'


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if is_proto and not getattr(cls, '_is_runtime_protocol', False) and \
                not _from_machinery(2):
            raise TypeError(_NOT_RUNTIME)
        if (not is_proto or _methods_only(cls)) and issubclass(instance.__class__, cls):
            return True
        if cls._is_protocol:
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    break
                if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    break
            else:
                return True
        return super().__instancecheck__(instance)


_MISSING = object()


def _own_value(cls, name):
    # What cls's own namespace holds for name, or _MISSING. pymm's built-in types have no
    # __dict__: one of them holds a value when it differs from what its base gives.
    own = getattr(cls, '__dict__', None)
    if own is not None:
        return own.get(name, _MISSING)
    value = getattr(cls, name, _MISSING)
    parent = cls.__base__
    if value is _MISSING or parent is None or getattr(parent, name, _MISSING) is not value:
        return value
    return _MISSING


def _structural_hook(proto):
    # The __subclasshook__ a protocol class gets: does other have every member?
    def hook(other):
        if not proto.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(proto, '_is_runtime_protocol', False):
            if _from_machinery():
                return NotImplemented
            raise TypeError(_NOT_RUNTIME)
        if not _methods_only(proto):
            if _from_machinery():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _protocol_members(proto):
            for base in other.__mro__:
                value = _own_value(base, name)
                if value is not _MISSING:
                    if value is None:
                        return NotImplemented
                    break
                notes = getattr(base, '__annotations__', {})
                if isinstance(notes, collections.abc.Mapping) and name in notes and \
                        issubclass(other, Generic) and other._is_protocol:
                    break
            else:
                return NotImplemented
        return True
    return hook


def _protocol_init(self, *args, **kwargs):
    # The __init__ of protocols: they cannot be instantiated; a concrete subclass without
    # an __init__ of its own runs the next one along its MRO.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for base in cls.__mro__[:-1]:
        init = getattr(base, '__dict__', {}).get('__init__', _protocol_init)
        if init is not _protocol_init:
            break
    else:
        init = object.__init__
    cls.__init__ = init
    init(self, *args, **kwargs)


_PROTO_BASES = {'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator',
                                    'AsyncIterable', 'Hashable', 'Sized', 'Container',
                                    'Collection', 'Reversible', 'Buffer'},
                'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'}}


class Protocol(Generic, metaclass=_ProtocolMeta):
    '''Base for protocol classes, which describe structural types: with
    @runtime_checkable, isinstance() checks that an object has the members.'''
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _structural_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__name__ in _PROTO_BASES.get(base.__module__, ()) or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _protocol_init


Protocol.__init__ = _protocol_init


def runtime_checkable(cls):
    '''Class decorator: lets isinstance() and issubclass() check against a protocol.'''
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ── the predefined type variables and aliases ──────────────────────────────

AnyStr = TypeVar('AnyStr', bytes, str)
T, KT, VT = TypeVar('T'), TypeVar('KT'), TypeVar('VT')
T_co, V_co, VT_co = (TypeVar(n, covariant=True) for n in ('T_co', 'V_co', 'VT_co'))
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (AnyStr, T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'

_abc = collections.abc


def _fake(name, module, **body):
    # A stand-in for a class whose module typing does not import (re, contextlib).
    body['__module__'] = module
    return type(name, (), body)


class _ContextManagerStandIn(metaclass=ABCMeta):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerStandIn:
            return hasattr(C, '__enter__') and hasattr(C, '__exit__') or NotImplemented
        return NotImplemented


class _AsyncContextManagerStandIn(metaclass=ABCMeta):
    def __aenter__(self):
        return self

    @abstractmethod
    def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AsyncContextManagerStandIn:
            return hasattr(C, '__aenter__') and hasattr(C, '__aexit__') or NotImplemented
        return NotImplemented


for _cls, _name in ((_ContextManagerStandIn, 'AbstractContextManager'),
                    (_AsyncContextManagerStandIn, 'AbstractAsyncContextManager')):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = 'contextlib'

for _name, _origin, _n in (
        ('Hashable', _abc.Hashable, 0), ('Awaitable', _abc.Awaitable, 1),
        ('Coroutine', _abc.Coroutine, 3), ('AsyncIterable', _abc.AsyncIterable, 1),
        ('AsyncIterator', _abc.AsyncIterator, 1), ('Iterable', _abc.Iterable, 1),
        ('Iterator', _abc.Iterator, 1), ('Reversible', _abc.Reversible, 1),
        ('Sized', _abc.Sized, 0), ('Container', _abc.Container, 1),
        ('Collection', _abc.Collection, 1), ('AbstractSet', _abc.Set, 1),
        ('MutableSet', _abc.MutableSet, 1), ('Mapping', _abc.Mapping, 2),
        ('MutableMapping', _abc.MutableMapping, 2), ('Sequence', _abc.Sequence, 1),
        ('MutableSequence', _abc.MutableSequence, 1), ('ByteString', _abc.ByteString, 0),
        ('Deque', collections.deque, 1), ('MappingView', _abc.MappingView, 1),
        ('KeysView', _abc.KeysView, 1), ('ItemsView', _abc.ItemsView, 2),
        ('ValuesView', _abc.ValuesView, 1),
        ('ContextManager', _ContextManagerStandIn, 1),
        ('AsyncContextManager', _AsyncContextManagerStandIn, 1),
        ('DefaultDict', collections.defaultdict, 2), ('OrderedDict', collections.OrderedDict, 2),
        ('Counter', collections.Counter, 1), ('ChainMap', collections.ChainMap, 2),
        ('Generator', _abc.Generator, 3), ('AsyncGenerator', _abc.AsyncGenerator, 2),
        ('Pattern', _fake('Pattern', 're'), 1), ('Match', _fake('Match', 're'), 1)):
    globals()[_name] = _SpecialGenericAlias(_origin, _n, name=_name)
for _name, _origin, _n in (('List', list, 1), ('Set', set, 1), ('FrozenSet', frozenset, 1),
                           ('Dict', dict, 2), ('Type', type, 1)):
    globals()[_name] = _SpecialGenericAlias(_origin, _n, inst=False, name=_name)
Callable = _CallableType(_abc.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Text = str


def _supports(name, method, generic=False):
    # A runtime-checkable protocol with the one abstract method given (generic in T_co
    # when its result type varies).
    def stub(self, *rest):
        pass
    stub.__name__ = method
    stub.__qualname__ = f'{name}.{method}'
    written = (Protocol[T_co],) if generic else (Protocol,)
    ns = {'__slots__': (), '__module__': 'typing', '__qualname__': name,
          method: abstractmethod(stub)}
    if generic:
        ns['__orig_bases__'] = written
    return runtime_checkable(_ProtocolMeta(name, types.resolve_bases(written), ns))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__', True)
SupportsRound = _supports('SupportsRound', '__round__', True)


# ── NamedTuple and TypedDict ───────────────────────────────────────────────

def _typed_namedtuple(name, pairs, module, defaults=()):
    pairs = list(pairs)
    made = collections.namedtuple(name, [n for n, _ in pairs], defaults=defaults, module=module)
    made.__annotations__ = {n: _type_check(t, f'field {n} annotation must be a type')
                            for n, t in pairs}
    return made


_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SKIP = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = ns.get('__annotations__', {})
        with_default = []
        for field in fields:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {field} cannot follow default '
                                f"field{plural} {', '.join(with_default)}")
        made = _typed_namedtuple(typename, fields.items(), ns['__module__'],
                                 [ns[f] for f in with_default])
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SKIP and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    '''A collections.namedtuple whose fields carry types: class syntax (fields annotated in
    the body, defaults allowed) or NamedTuple('Name', [('x', int), ...]).'''
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _typed_namedtuple(typename, fields, _caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


def _key_kind(hint, total):
    # Whether a TypedDict key is required: Required[...] / NotRequired[...] (possibly inside
    # Annotated[...]) say so, otherwise the class's total does.
    if isinstance(hint, _AnnotatedAlias):
        hint = hint.__origin__
    origin = get_origin(hint)
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        own = {key: _type_check(hint, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
               for key, hint in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for base in bases:
            hints.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        hints.update(own)
        for key, hint in own.items():
            if _key_kind(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    '''A dict type with a fixed set of typed keys, for type checkers; at run time its
    instances are plain dicts. Class syntax or TypedDict('Name', {'key': type, ...}).'''
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(fields)}
    home = _caller()
    if home is not None:
        ns['__module__'] = home
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    '''Whether tp is a TypedDict class.'''
    return isinstance(tp, _TypedDictMeta)


# ── helpers ────────────────────────────────────────────────────────────────

def _same(_, x):
    return x


class NewType:
    '''NewType('UserId', int) makes a distinct name for a type checker; at run time calling
    it returns its argument unchanged.'''
    __call__ = _same

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        home = _caller()
        if home != 'typing':
            self.__module__ = home

    def __mro_entries__(self, bases):
        parent = self.__name__

        class Refuse:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                f"looking for: {chr(96)}{child} = NewType({child!r}, {parent}){chr(96)}")
        return (Refuse,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    '''Tells a type checker that val has type typ; returns val unchanged.'''
    return val


def assert_type(val, typ, /):
    '''Asks a type checker to confirm that val has type typ; returns val unchanged.'''
    return val


def assert_never(arg, /):
    '''Marks code a type checker should prove unreachable; reaching it raises.'''
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {shown}')


def reveal_type(obj, /):
    '''Prints the run-time type of obj to stderr and returns obj.'''
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overloads = {}   # module -> qualname -> first line -> function


def _overloaded(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    '''Marks one signature of an overloaded function; the undecorated definition that
    follows is the implementation. get_overloads() lists the signatures.'''
    inner = getattr(func, '__func__', func)
    try:
        by_name = _overloads.setdefault(inner.__module__, {})
        by_name.setdefault(inner.__qualname__, {})[inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overloaded


def get_overloads(func):
    '''The @overload signatures recorded for func, in definition order.'''
    inner = getattr(func, '__func__', func)
    return list(_overloads.get(inner.__module__, {}).get(inner.__qualname__, {}).values())


def clear_overloads():
    '''Forgets every recorded overload.'''
    _overloads.clear()


def final(f):
    '''Marks a method that must not be overridden or a class that must not be subclassed
    (for type checkers; sets __final__ when it can).'''
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    '''Tells type checkers to leave arg (a function, or a class and its own methods)
    alone; get_type_hints then returns {}.'''
    if isinstance(arg, type):
        for value in list(getattr(arg, '__dict__', {}).values()):
            value = getattr(value, '__func__', value)
            if getattr(value, '__qualname__', None) == f'{arg.__qualname__}.{getattr(value, "__name__", "")}':
                if isinstance(value, type):
                    no_type_check(value)
                elif isinstance(value, types.FunctionType):
                    value.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    '''Makes decorator's results no_type_check'd.'''
    import functools

    @functools.wraps(decorator)
    def wrapper(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapper


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    '''Marks a decorator, base class or metaclass that makes dataclass-like classes; at
    run time it records its arguments in __dataclass_transform__.'''
    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict(
            eq_default=eq_default, order_default=order_default,
            kw_only_default=kw_only_default, field_specifiers=field_specifiers, kwargs=kwargs)
        return cls_or_fn
    return mark


def get_origin(tp):
    '''The unsubscripted form of tp: list for List[int], Union for Union[...], Annotated
    for Annotated[...]; None when tp is not a subscripted or special alias.'''
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    '''The arguments of a subscripted alias, with a Callable's parameters as a list:
    get_args(Callable[[int], str]) is ([int], str). () for anything else.'''
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        args = tp.__args__
        if tp.__origin__ is collections.abc.Callable and \
                not (len(args) == 2 and _is_param_expr(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _rebuild(tp, args):
    # tp with new arguments, whatever kind of alias it is.
    if isinstance(tp, types.UnionType):
        out = args[0]
        for a in args[1:]:
            out = out | a
        return out
    if isinstance(tp, types.GenericAlias):
        return types.GenericAlias(tp.__origin__, args)
    return tp.copy_with(args)


def _evaluate_hint(tp, globalns, localns, guard=frozenset()):
    # tp with every forward reference in it (strings inside aliases too) evaluated.
    if isinstance(tp, ForwardRef):
        return tp._evaluate(globalns, localns, guard)
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        old = tp.__args__
        if isinstance(tp, types.GenericAlias):
            old = tuple(ForwardRef(a) if isinstance(a, str) else a for a in old)
        new = tuple(_evaluate_hint(a, globalns, localns, guard) for a in old)
        return tp if new == tp.__args__ else _rebuild(tp, new)
    return tp


def _without_extras(tp):
    # tp with Annotated, Required and NotRequired wrappers taken off, at any depth.
    if isinstance(tp, _AnnotatedAlias):
        return _without_extras(tp.__origin__)
    if getattr(tp, '__origin__', None) in (Required, NotRequired):
        return _without_extras(tp.__args__[0])
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        new = tuple(map(_without_extras, tp.__args__))
        return tp if new == tp.__args__ else _rebuild(tp, new)
    return tp


def _hint_value(value, **ref_options):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return ForwardRef(value, **ref_options)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    '''The annotations of a function, method, module or class (a class's include its
    bases'), with strings and None evaluated; Annotated[...] is stripped unless
    include_extras.'''
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            space = getattr(base, '__dict__', {})   # none for pymm's built-in types
            notes = space.get('__annotations__', {})
            if not isinstance(notes, dict):
                notes = {}
            g = globalns
            if g is None:
                g = getattr(sys.modules.get(base.__module__), '__dict__', {})
            l = dict(space) if localns is None else localns
            if localns is None and globalns is None:
                g, l = l, g   # CPython looks names up in the class namespace first
            for name, value in notes.items():
                value = _hint_value(value, is_argument=False, is_class=True)
                hints[name] = _evaluate_hint(value, g, l)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        notes = getattr(obj, '__annotations__', None)
        if notes is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                                types.MethodType, types.ModuleType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        for name, value in dict(notes).items():
            value = _hint_value(value, is_argument=not isinstance(obj, types.ModuleType))
            hints[name] = _evaluate_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _without_extras(value) for name, value in hints.items()}


class IO(Generic[AnyStr]):
    '''The generic type of files (what open() returns), for annotations.'''
    __slots__ = ()


class BinaryIO(IO[bytes]):
    '''The type of binary files.'''
    __slots__ = ()


class TextIO(IO[str]):
    '''The type of text files.'''
    __slots__ = ()


del _cls, _name, _origin, _n, _tv
`;
