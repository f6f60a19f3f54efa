// The typing module's Python source: special forms (Any, Union, Optional, Literal, ClassVar,
// Final, ...), the aliases of built-in and collections.abc generics (List[int], Dict[str, T],
// Callable[[int], str], Tuple[int, ...]), TypeVar and ParamSpec, Generic and Protocol,
// NamedTuple, TypedDict, NewType, Annotated and the run-time helpers (cast, overload,
// get_type_hints, get_origin, get_args, ...). It follows the behaviour of CPython 3.11's
// typing module -- reprs, errors, equality, caching of subscriptions -- with its own, smaller
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
from collections import defaultdict
from types import GenericAlias

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


# -- small helpers --

def _memo(fn, typed=False):
    '''fn with its last 128 results kept by argument (as functools.lru_cache keeps those of
    typing's subscriptions, so that List[int] is List[int]); unhashable arguments skip it.'''
    kept = {}

    def memoized(*args):
        key = (args, tuple(map(type, args))) if typed else args
        try:
            hash(key)
        except TypeError:
            return fn(*args)
        found = kept.pop(key, kept)
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
    marks = () if allow_special_forms else (ClassVar, Final) if is_argument else (ClassVar,)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, *marks):
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in _BARE_OK or allow_special_forms and arg in (ClassVar, Final):
        return arg
    if arg in (Generic, Protocol) or isinstance(arg, _SpecialForm):
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
    return obj.__name__ if isinstance(obj, types.FunctionType) else repr(obj)


def _arity_check(alias, args, expected):
    if not expected:
        raise TypeError(f'{alias} is not a generic class')
    if len(args) != expected:
        raise TypeError(f"Too {'many' if len(args) > expected else 'few'} arguments for "
                        f'{alias}; actual {len(args)}, expected {expected}')


def _caller(depth=2):
    # The module of the code depth frames up (2: whoever called our caller).
    try:
        frame = sys._getframe(depth)
    except (AttributeError, ValueError):
        return None
    return frame.f_globals.get('__name__', '__main__')


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _as_tuple(item):
    return item if isinstance(item, tuple) else (item,)


class _Final:
    '''Base of typing's own classes, which programs may not subclass.'''
    __slots__ = '__weakref__',

    def __init_subclass__(cls, /, *pos, **kw):
        if cls.__module__ != 'typing':
            raise TypeError('Cannot subclass special typing classes')


class _Constant:
    '''Copying one of these gives the object itself.'''
    __slots__ = ()

    def __copy__(self):
        return self

    __deepcopy__ = lambda self, _memo: self


class _Pipe:
    '''x | y, with x or y one of these, is Union[x, y].'''
    __slots__ = ()

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# -- special forms --

class _SpecialForm(_Final, _Constant, _Pipe):
    # One of typing's special forms (Union, Optional, ClassVar, NoReturn, ...): subscripting
    # it runs its rule; it can be neither instantiated nor subclassed. (No class docstring:
    # __doc__ is a slot, each form's own.)
    __slots__ = ('_name', '__doc__', '_rule')

    def __init__(self, name, doc, rule=None):
        self._name = name
        self.__doc__ = doc
        self._rule = rule

    def __getattr__(self, wanted):
        if wanted in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(wanted)

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __call__(self, *a, **k):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, written):
        raise TypeError(f'Cannot subclass {self!r}')

    def __instancecheck__(self, _):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, _):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, item):
        if self._rule is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._rule(self, item)


class _LiteralSpecialForm(_SpecialForm):
    __slots__ = ()

    def __getitem__(self, item):
        return self._rule(self, *_as_tuple(item))


def _one_type(form, item):
    # ClassVar[X], Final[X], TypeGuard[X]: exactly one type.
    return _GenericAlias(form, (_type_check(item, f'{form} accepts only single type.'),))


def _one_key_type(form, item):
    # Required[X], NotRequired[X].
    return _GenericAlias(form, (_type_check(item, f'{form._name} accepts only a single type.'),))


def _union_rule(form, item):
    if item == ():
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for p in _as_tuple(item):
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        members.extend(p.__args__ if type(p) in (_UnionGenericAlias, types.UnionType) else (p,))
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


def _optional_rule(form, item):
    return Union[_type_check(item, f'{form} requires a single type.'), _NoneType]


def _literal_rule(form, *values):
    flat = []
    for v in values:
        flat.extend(v.__args__ if isinstance(v, _LiteralGenericAlias) else (v,))
    try:
        flat = [v for v, _ in _unique_hashed([(v, type(v)) for v in flat])]
    except TypeError:
        pass   # unhashable values stay as given
    return _LiteralGenericAlias(form, tuple(flat))


def _concatenate_rule(form, item):
    if item == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    *head, last = _as_tuple(item)
    if not isinstance(last, ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable.')
    head = [_type_check(p, 'Concatenate[arg, ...]: each arg must be a type.') for p in head]
    return _ConcatenateGenericAlias(form, (*head, last))


def _unpack_rule(form, item):
    return _UnpackGenericAlias(form, (_type_check(item, f'{form} accepts only single type.'),))


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
    def __instancecheck__(cls, candidate):
        if cls is not Any:
            return super().__instancecheck__(candidate)
        raise TypeError('typing.Any cannot be used with isinstance()')

    def __repr__(cls):
        return 'typing.Any' if cls is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    '''The type every value has and that every type is compatible with.'''

    def __new__(cls, *a, **k):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *a, **k)


_BARE_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)   # valid unsubscripted


class ForwardRef(_Final, _Pipe):
    '''A type named by a string, evaluated when the hints are read (get_type_hints).'''
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        try:
            self.__forward_code__ = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__, self.__forward_module__ = arg, module
        self.__forward_evaluated__, self.__forward_value__ = False, None
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        name, home = self.__forward_arg__, self.__forward_module__
        if name in recursive_guard:
            return self
        if not (self.__forward_evaluated__ and localns is globalns):
            if globalns is None:
                globalns = {} if localns is None else localns
            if localns is None:
                localns = globalns
            if home is not None:
                globalns = getattr(sys.modules.get(home), '__dict__', globalns)
            found = _type_check(eval(self.__forward_code__, globalns, localns),
                                'Forward references must evaluate to types.',
                                self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_evaluated__, self.__forward_value__ = True, _evaluate_hint(
                found, globalns, localns, recursive_guard | {name})
        return self.__forward_value__

    def __eq__(self, other):
        if type(other) is not ForwardRef:
            return NotImplemented
        both = self.__forward_evaluated__ and other.__forward_evaluated__
        second = '__forward_value__' if both else '__forward_module__'
        return (self.__forward_arg__ == other.__forward_arg__ and
                getattr(self, second) == getattr(other, second))

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        home = self.__forward_module__
        return f"ForwardRef({self.__forward_arg__!r}{'' if home is None else f', module={home!r}'})"


# -- type variables --

class _TypeVarBase(_Final, _Constant, _Pipe):
    '''What TypeVar and ParamSpec share: variance, bound, repr, | and pickling by name.'''
    __slots__ = ()

    def _set_variance(self, name, bound, co, contra):
        if co and contra:
            raise ValueError('Bivariant types are not supported.')
        self.__name__ = name
        self.__covariant__, self.__contravariant__ = bool(co), bool(contra)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound else None
        home = _caller(3)
        if home != 'typing':
            self.__module__ = home

    def __repr__(self):
        mark = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return mark + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarBase):
    '''A type variable: T = TypeVar('T') stands for one type throughout a generic function
    or class. Constraints limit it to the types listed, bound= to subtypes of one type.'''

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self._set_variance(name, bound, covariant, contravariant)
        if constraints:
            if bound is not None:
                raise TypeError('Constraints cannot be combined with bound=...')
            if len(constraints) == 1:
                raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(
            _type_check(c, 'TypeVar(name, constraint, ...): constraints must be types.')
            for c in constraints)

    def __typing_subst__(self, value):
        value = _type_check(value, 'Parameters to generic types must be types.')
        if isinstance(value, _UnpackGenericAlias):
            raise TypeError(f'{value} is not valid as type argument')
        return value


class _ParamSpecPart(_Final):
    # P.args or P.kwargs: remembers P, shows as P.args / P.kwargs.
    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + self._suffix

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other.__origin__ == self.__origin__


class ParamSpecArgs(_ParamSpecPart):
    '''P.args, for annotating the *args of a function typed with ParamSpec P.'''
    _suffix = '.args'


class ParamSpecKwargs(_ParamSpecPart):
    '''P.kwargs, for annotating the **kwargs of a function typed with ParamSpec P.'''
    _suffix = '.kwargs'


class ParamSpec(_TypeVarBase):
    '''A parameter specification variable: it stands for the whole parameter list of a
    callable, as in Callable[P, T].'''

    args = property(ParamSpecArgs)
    kwargs = property(ParamSpecKwargs)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._set_variance(name, bound, covariant, contravariant)

    def __typing_subst__(self, value):
        if type(value) in (list, tuple):
            return tuple(_type_check(a, 'Expected a type.') for a in value)
        if not _is_param_expr(value):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or '
                            f'Concatenate. Got {value}')
        return value


class TypeVarTuple(_Final, _Constant):
    '''A variable standing for any number of types (PEP 646).'''

    def __init__(self, name):
        self.__name__, home = name, _caller()
        if home != 'typing':
            self.__module__ = home

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__




# -- aliases --

_ALIAS_OWN = frozenset({'_name', '_inst', '_nparams'})


class _BaseGenericAlias(_Final, _Pipe):
    '''What every alias shares: calling it makes an instance of its origin, attribute
    reads fall through to the origin, and class statements see the origin as the base.'''
    __iter__ = None

    def __init__(self, origin, *, inst=True, name=None):   # typing's own classes only
        self.__origin__, self._name, self._inst = origin, name, inst
        self.__slots__ = None

    def __call__(self, *a, **k):
        target = self.__origin__
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {target.__name__.lower()}() instead')
        made = target(*a, **k)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass   # no instance attributes: nothing to record
        return made

    def __mro_entries__(self, written):
        target = self.__origin__
        entries = () if target in written else (target,)
        for later in written[written.index(self) + 1:]:
            if isinstance(later, _BaseGenericAlias) or \
                    (isinstance(later, type) and issubclass(later, Generic)):
                return entries
        return entries + (Generic,)

    def __getattr__(self, wanted):
        if wanted in ('__name__', '__qualname__'):
            return self._name if self._name else self.__origin__.__name__
        if not _is_dunder(wanted) and '__origin__' in vars(self):
            return getattr(self.__origin__, wanted)
        raise AttributeError(wanted)

    def __setattr__(self, key, value):
        if _is_dunder(key) or key in _ALIAS_OWN:
            object.__setattr__(self, key, value)
        else:
            setattr(self.__origin__, key, value)

    def __instancecheck__(self, inst):
        return self.__subclasscheck__(type(inst))

    def __subclasscheck__(self, _):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _GenericAlias(_BaseGenericAlias):
    '''A subscripted alias: List[int], Box[T], ClassVar[int], Union[...] and the like.'''

    def __init__(self, origin, args, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _params_of(args)
        if not name:
            self.__module__ = getattr(origin, '__module__')

    def _key(self):
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __getitem__(self, item):
        return _subscript_alias(self, item)

    def copy_with(self, new_args):
        return type(self)(self.__origin__, new_args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        inner = ', '.join(map(_type_repr, self.__args__)) if self.__args__ else '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        return _subscript(globals()[self._name] if self._name else self.__origin__, self.__args__)

    def __mro_entries__(self, written):
        target = self.__origin__
        if isinstance(target, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, written)
        if target is Generic and (Protocol in written or any(
                isinstance(b, _BaseGenericAlias) and b is not self
                for b in written[written.index(self) + 1:])):
            return ()   # another base brings Generic in
        return (target,)

    def __iter__(self):
        yield Unpack[self]


def _subscript(origin, args):
    # How pickle and copy rebuild an alias (CPython's reduce to operator.getitem).
    import operator
    if len(args) == 1 and not isinstance(args[0], tuple):
        args = args[0]
    return operator.getitem, (origin, args)


@_memo
def _subscript_alias(alias, args):
    # alias[args]: its type variables replaced, in order, by args.
    if alias.__origin__ in (Generic, Protocol):
        raise TypeError(f'Cannot subscript already-subscripted {alias}')
    variables = alias.__parameters__
    if not variables:
        raise TypeError(f'{alias} is not a generic class')
    args = _fit_param_spec(variables, tuple(map(_convert, _as_tuple(args))))
    _arity_check(alias, args, len(variables))
    swap = {v: v.__typing_subst__(a) for v, a in zip(variables, args)}
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
    # A lone ParamSpec takes all the arguments as its list: Z[int, str] is Z[[int, str]];
    # a list given for a ParamSpec becomes a tuple.
    if len(params) == 1 and isinstance(params[0], ParamSpec) and \
            not (len(args) == 1 and _is_param_expr(args[0])):
        return (args,)
    return tuple(tuple(a) if isinstance(p, ParamSpec) and type(a) is list else a
                 for p, a in zip(params, args)) + args[len(params):]


def _replace(arg, swap):
    if isinstance(arg, type):
        return arg
    if hasattr(arg, '__typing_subst__'):
        return swap.get(arg, arg)
    if type(arg) in (list, tuple):
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

    def __init__(self, origin, nparams, *, inst=True, name=None):   # typing's own only
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    def __getitem__(self, item):
        return self._cached(self, item)

    def _make(self, item):
        checked = tuple(_type_check(p, 'Parameters to generic types must be types.')
                        for p in _as_tuple(item))
        _arity_check(self, checked, self._nparams)
        return self.copy_with(checked)

    def copy_with(self, new_args):
        return _GenericAlias(self.__origin__, new_args, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    def __subclasscheck__(self, sub):
        target = self.__origin__
        if isinstance(sub, _SpecialGenericAlias):
            return issubclass(sub.__origin__, target)
        if isinstance(sub, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, sub)
        return issubclass(sub, target)

    def __reduce__(self):
        return self._name


def _special_cache():
    # A cache of subscriptions per alias class, as CPython has one per __getitem__ method.
    return staticmethod(_memo(lambda alias, item: alias._make(item)))


_SpecialGenericAlias._cached = _special_cache()


class _TupleType(_SpecialGenericAlias):
    _cached = _special_cache()

    def _make(self, item):
        item = _as_tuple(item)
        if len(item) > 1 and item[-1] is ...:
            head = [_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in item[:-1]]
            return self.copy_with((*head, _TypingEllipsis))
        return self.copy_with(tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                    for p in item))


class _CallableType(_SpecialGenericAlias):
    _cached = _special_cache()

    def copy_with(self, new_args):
        return _CallableGenericAlias(self.__origin__, new_args, name=self._name, inst=self._inst)

    def __getitem__(self, item):
        if type(item) is not tuple or len(item) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        takes, gives = item
        return self._cached(self, (tuple(takes) if isinstance(takes, list) else takes, gives))

    def _make(self, item):
        takes, gives = item
        gives = _type_check(gives, 'Callable[args, result]: result must be a type.')
        if takes is ...:
            return self.copy_with((_TypingEllipsis, gives))
        return self.copy_with((*map(_convert, _as_tuple(takes)), gives))


def _plain_callable_args(args):
    # Callable[[a, b], r] keeps (a, b, r); a ParamSpec, ... or Concatenate stays whole.
    return not (len(args) == 2 and _is_param_expr(args[0]))


class _CallableGenericAlias(_GenericAlias):
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if not _plain_callable_args(args):
            return _GenericAlias.__repr__(self)
        return f"typing.Callable[[{', '.join(map(_type_repr, args[:-1]))}], {_type_repr(args[-1])}]"

    def copy_with(self, new_args):
        return _CallableGenericAlias(self.__origin__, new_args, name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        return _subscript(Callable, ([*args[:-1]], args[-1]) if _plain_callable_args(args) else args)


class _UnionGenericAlias(_GenericAlias):
    __iter__ = None

    def copy_with(self, new_args):
        return Union[new_args]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return frozenset(self.__args__) == frozenset(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) != 2 or _NoneType not in args:
            return _GenericAlias.__repr__(self)
        return f'typing.Optional[{_type_repr(args[args[0] is _NoneType])}]'

    def __instancecheck__(self, inst):
        return self.__subclasscheck__(type(inst))

    def __subclasscheck__(self, sub):
        return any(issubclass(sub, member) for member in self.__args__)

    def __reduce__(self):
        return _subscript(Union, self.__args__)


def _typed_values(args):
    return frozenset((v, type(v)) for v in args)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return _typed_values(self.__args__) == _typed_values(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(_typed_values(self.__args__))


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, new_args):
        *head, last = new_args
        if type(last) in (list, tuple):
            return (*head, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            new_args = (*head, *last.__args__)
        return _GenericAlias.copy_with(self, new_args)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return f'*{self.__args__[0]!r}'


class _AnnotatedAlias(_GenericAlias):
    '''Annotated[T, x, ...]: T with metadata that type checkers ignore.'''
    __iter__ = None

    def __init__(self, base, extras):
        if type(base) is _AnnotatedAlias:   # Annotated[Annotated[T, x], y] is Annotated[T, x, y]
            base, extras = base.__origin__, base.__metadata__ + extras
        _GenericAlias.__init__(self, base, (base,))
        self.__metadata__ = extras

    def copy_with(self, new_args):
        return _AnnotatedAlias(new_args[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def __reduce__(self):
        return _subscript(Annotated, (self.__origin__, *self.__metadata__))

    def _key(self):
        return self.__origin__, self.__metadata__

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return self._key() == other._key()
        return NotImplemented

    __hash__ = _GenericAlias.__hash__

    def __getattr__(self, wanted):
        if wanted in ('__name__', '__qualname__'):
            return 'Annotated'
        return _GenericAlias.__getattr__(self, wanted)

    def __mro_entries__(self, written):
        return self.__origin__,


class Annotated:
    '''Annotated[T, x]: the type T carrying the metadata x, for tools that read it.'''
    __slots__ = ()

    def __new__(cls, *a, **k):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, item):
        return _annotate(item)

    def __init_subclass__(cls, /, *pos, **kw):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


@_memo
def _annotate(item):
    if type(item) is not tuple or len(item) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    base, *extras = item
    base = _type_check(base, 'Annotated[t, ...]: t must be a type.', allow_special_forms=True)
    return _AnnotatedAlias(base, tuple(extras))


# -- Generic and Protocol --

@_memo
def _subscript_generic(cls, item):
    given = tuple(map(_convert, _as_tuple(item)))
    if cls in (Generic, Protocol):
        if not given:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if any(not isinstance(g, (TypeVar, ParamSpec)) for g in given):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                            'or parameter specification variables.')
        if len(frozenset(given)) < len(given):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
    else:
        own = cls.__parameters__
        given = _fit_param_spec(own, given)
        _arity_check(cls, given, len(own))
    return _GenericAlias(cls, given)


class Generic:
    '''Base for generic classes: class Box(Generic[T]) makes Box[int] and friends.'''
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, item):
        return _subscript_generic(cls, item)

    def __init_subclass__(cls, /, **options):
        super().__init_subclass__(**options)
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


# What a protocol's classes hold that is not one of its members (pymm's classes also keep
# __qualname__ in their namespace).
EXCLUDED_ATTRIBUTES = [
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__final__', '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '_MutableMapping__marker']
_NOT_MEMBERS = frozenset(EXCLUDED_ATTRIBUTES + ['__qualname__'])


def _protocol_members(cls):
    # The names a protocol requires: what its classes (not Protocol or Generic) define
    # or annotate, less bookkeeping.
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ not in ('Protocol', 'Generic'):
            names.update(n for n in (*base.__dict__, *getattr(base, '__annotations__', {}))
                         if n not in _NOT_MEMBERS and not n.startswith('_abc_'))
    return names


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _from_machinery(depth=3):
    # Whether the check comes from abc or functools walking subclasses (depth frames up):
    # then a protocol that cannot be checked answers NotImplemented instead of raising.
    try:
        frame = sys._getframe(depth)
    except (AttributeError, ValueError):
        return True
    return frame.f_globals.get('__name__') in ('abc', 'functools')


_NOT_RUNTIME = 'Instance and class checks can only be used with @runtime_checkable protocols'


def _has_members(proto, obj):
    # obj has every member of proto, and no method of proto is None on it.
    for name in _protocol_members(proto):
        if not hasattr(obj, name):
            return False
        if callable(getattr(proto, name, None)) and getattr(obj, name) is None:
            return False
    return True


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, candidate):
        is_proto = getattr(cls, '_is_protocol', False)
        if is_proto and not getattr(cls, '_is_runtime_protocol', False) and \
                not _from_machinery(2):
            raise TypeError(_NOT_RUNTIME)
        if (not is_proto or _methods_only(cls)) and issubclass(candidate.__class__, cls):
            return True
        if cls._is_protocol and _has_members(cls, candidate):
            return True
        return ABCMeta.__instancecheck__(cls, candidate)


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
    def hook(sub):
        if not vars(proto).get('_is_protocol', False):
            return NotImplemented
        problem = None
        if not getattr(proto, '_is_runtime_protocol', False):
            problem = _NOT_RUNTIME
        elif not _methods_only(proto):
            problem = "Protocols with non-method members don't support issubclass()"
        if problem is not None:
            if _from_machinery():
                return NotImplemented
            raise TypeError(problem)
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        sub_is_proto = issubclass(sub, Generic) and sub._is_protocol
        for name in _protocol_members(proto):
            for klass in sub.__mro__:
                value = _own_value(klass, name)
                if value is not _MISSING:
                    if value is None:
                        return NotImplemented   # explicitly blocked
                    break
                notes = getattr(klass, '__annotations__', {})
                if sub_is_proto and isinstance(notes, collections.abc.Mapping) and name in notes:
                    break
            else:
                return NotImplemented
        return True
    return hook


def _protocol_init(self, *a, **k):
    # The __init__ of protocols: they cannot be instantiated; a concrete subclass without
    # an __init__ of its own runs (and from then on has) the next one along its MRO.
    klass = type(self)
    if klass._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    found = object.__init__
    for base in klass.__mro__[:-1]:
        candidate = getattr(base, '__dict__', {}).get('__init__', _protocol_init)
        if candidate is not _protocol_init:
            found = candidate
            break
    klass.__init__ = found
    found(self, *a, **k)


_PROTO_BASES = {'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator',
                                    'AsyncIterable', 'Hashable', 'Sized', 'Container',
                                    'Collection', 'Reversible', 'Buffer'},
                'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'}}


class Protocol(Generic, metaclass=_ProtocolMeta):
    '''Base for protocol classes, which describe structural types: with
    @runtime_checkable, isinstance() checks that an object has the members.'''
    __slots__ = ()
    _is_protocol, _is_runtime_protocol = True, False
    __init__ = _protocol_init

    def __init_subclass__(cls, /, **options):
        super().__init_subclass__(**options)
        own = vars(cls)
        if not own.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _structural_hook(cls)
        if cls._is_protocol:
            for base in cls.__bases__:
                if base is object or base is Generic or \
                        base.__name__ in _PROTO_BASES.get(base.__module__, ()) or \
                        issubclass(base, Generic) and base._is_protocol:
                    continue
                raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')


def _is_protocol_class(cls):
    return isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol


def runtime_checkable(cls):
    '''Class decorator: lets isinstance() and issubclass() check against a protocol.'''
    if not _is_protocol_class(cls):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# -- the predefined type variables and aliases --

AnyStr = TypeVar('AnyStr', bytes, str)
T, KT, VT = TypeVar('T'), TypeVar('KT'), TypeVar('VT')
T_co, V_co, VT_co = (TypeVar(n, covariant=True) for n in ('T_co', 'V_co', 'VT_co'))
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)

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


# -- NamedTuple and TypedDict --

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
        extra = {}
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SKIP and key not in made._fields:
                extra[key] = value
        if Generic in bases:
            # A generic named tuple: the same class body on (tuple, Generic), whose
            # __init_subclass__ reads the type variables from __orig_bases__.
            body = {k: v for k, v in vars(made).items() if k not in ('__dict__', '__weakref__')}
            made = type(typename, (tuple, Generic), {**body, **extra})
        else:
            for key, value in extra.items():
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


# -- helpers --

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


del _cls, _name, _origin, _n
`;
