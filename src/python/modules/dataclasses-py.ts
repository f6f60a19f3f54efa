// The dataclasses module in Python: the @dataclass decorator (generated __init__, __repr__,
// __eq__, ordering, hashing, frozen attribute guards, __match_args__, slots), field/Field,
// InitVar, KW_ONLY, fields, asdict, astuple, replace, is_dataclass and make_dataclass,
// following the behaviour of CPython 3.11's module. The generated methods are compiled from
// source text (as CPython does), so their signatures, error messages and "<string>"
// traceback lines are those of CPython's.

/** Python source of the `dataclasses` module, run in the module's namespace. */
export const DATACLASSES_PY = String.raw`
'''Classes whose special methods are generated from their annotated fields.'''

import sys
import copy
import types
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _FactoryMarker:
    def __repr__(self):
        return '<factory>'


class _ReadOnlyMapping:
    '''Stands in for types.MappingProxyType where the types module lacks it.'''
    __slots__ = ('_data',)

    def __init__(self, data):
        object.__setattr__(self, '_data', data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        return self._data == other

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute {name!r}")

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return self._data.copy()

    def __repr__(self):
        return 'mappingproxy(' + repr(self._data) + ')'

    def __str__(self):
        return str(self._data)


_ReadOnlyMapping.__name__ = _ReadOnlyMapping.__qualname__ = 'mappingproxy'
_ReadOnlyMapping.__module__ = 'builtins'
_mapping_proxy = getattr(types, 'MappingProxyType', _ReadOnlyMapping)


class _SlotProbe:
    __slots__ = ('probe',)


_SLOT_DESCRIPTOR = getattr(types, 'MemberDescriptorType', type(_SlotProbe.probe))

MISSING, KW_ONLY = _MISSING_TYPE(), _KW_ONLY_TYPE()
_FACTORY = _FactoryMarker()
_NO_METADATA = _mapping_proxy({})


class _FieldKind:
    '''What an annotation declares: a field, a ClassVar or an InitVar.'''
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del elif else '
    'except finally for from global if import in is lambda nonlocal not or pass raise '
    'return try while with yield'.split())


def _guard_recursion(method):
    '''Wrap a one-argument repr so that a repr re-entered for the same object gives "...".'''
    busy = set()

    def wrapper(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return method(self)
        finally:
            busy.discard(key)

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(wrapper, attr, getattr(method, attr))
    wrapper.__dict__.update(method.__dict__)
    wrapper.__wrapped__ = method
    return wrapper


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type
        if isinstance(shown, type) and not isinstance(shown, types.GenericAlias):
            shown = shown.__name__
        else:
            shown = repr(shown)
        return 'dataclasses.InitVar[' + shown + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD_SLOTS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                'compare', 'metadata', 'kw_only')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = self.type = self._field_type = None
        given = (default, default_factory, init, repr, hash, compare, metadata, kw_only)
        for slot, value in zip(_FIELD_SLOTS[2:], given):
            setattr(self, slot, value)
        if metadata is None:
            self.metadata = _NO_METADATA
        else:
            self.metadata = _mapping_proxy(metadata)

    @_guard_recursion
    def __repr__(self):
        parts = [slot + '=' + repr(getattr(self, slot)) for slot in _FIELD_SLOTS]
        parts.append('_field_type=' + str(self._field_type))
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


_PARAM_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')


class _DataclassParams:
    __slots__ = _PARAM_NAMES

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for name, value in zip(_PARAM_NAMES, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, name, value)

    def __repr__(self):
        shown = ','.join(name + '=' + repr(getattr(self, name)) for name in _PARAM_NAMES)
        return '_DataclassParams(' + shown + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    '''Describe one field: its default or default factory and how the methods treat it.'''
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- what an annotation means ---------------------------------------------------------

def _names_special(text, cls, home, wanted):
    '''Whether a string annotation spells wanted (an object of module home), looked up in
    cls's module the way CPython does: "Name[...]" or "alias.Name[...]".'''
    text = text.lstrip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    first = text[:end]
    if not first:
        return False
    rest = text[end:].lstrip()
    home_module = sys.modules.get(cls.__module__)
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        end = 0
        while end < len(rest) and (rest[end].isalnum() or rest[end] == '_'):
            end += 1
        name = rest[:end]
        if not name or home_module is None or home_module.__dict__.get(first) is not home:
            return False
    else:
        name = first
        if home_module is None:
            return False
    return wanted(home_module.__dict__.get(name))


def _is_classvar(annotation):
    typing_module = sys.modules.get('typing')
    if typing_module is None:
        return False
    marker = typing_module.ClassVar
    return annotation is marker or (
        type(annotation) is typing_module._GenericAlias and annotation.__origin__ is marker)


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY


def _declares(annotation, cls, test, home):
    if test(annotation):
        return True
    return isinstance(annotation, str) and home is not None and \
        _names_special(annotation, cls, home, test)


_UNHASHABLE_BUILTINS = (list, dict, set, bytearray)


def _unhashable(klass):
    '''Whether klass.__hash__ is None (pymm's builtin containers keep a __hash__ that raises,
    so they are recognised by name along the MRO).'''
    if klass.__hash__ is None:
        return True
    deque = getattr(sys.modules.get('collections'), 'deque', None)
    for base in klass.__mro__:
        if base in _UNHASHABLE_BUILTINS or base is deque:
            return True
        namespace = getattr(base, '__dict__', None)
        if namespace is not None and '__hash__' in namespace:
            return namespace['__hash__'] is None
    return False


def _make_field(cls, name, annotation, kw_only_default):
    '''The Field for one annotated class attribute, validated.'''
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        fld = found
    else:
        if isinstance(found, _SLOT_DESCRIPTOR):
            found = MISSING
        fld = field(default=found)
    kind = _FIELD
    if _declares(annotation, cls, _is_classvar, sys.modules.get('typing')):
        kind = _FIELD_CLASSVAR
    if _declares(annotation, cls, _is_initvar, sys.modules[__name__]):
        kind = _FIELD_INITVAR
    fld.name, fld.type, fld._field_type = name, annotation, kind
    if kind is not _FIELD and fld.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is not _FIELD_CLASSVAR:
        if fld.kw_only is MISSING:
            fld.kw_only = kw_only_default
    elif fld.kw_only is not MISSING:
        raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    if kind is _FIELD and _unhashable(type(fld.default)):
        problem = f'mutable default {type(fld.default)} for field {name} is not allowed'
        raise ValueError(problem + ': use default_factory')
    return fld


# ---- generated methods ----------------------------------------------------------------

def _compile(name, params, lines, module_globals, env=None):
    '''Compile "def name(params): lines" with env's names bound as closure variables.

    The text is laid out as CPython lays it out (an outer function taking env's names, the
    method's body starting on line 3), so tracebacks through it read the same.'''
    env = env or {}
    indented = ''.join('\n  ' + line for line in lines)
    source = ('def __create_fn__(' + ', '.join(env) + '):\n def ' + name + '(' +
              ','.join(params) + ')' + ('->_return_type' if '_return_type' in env else '') +
              ':' + indented + '\n return ' + name)
    scope = {}
    exec(source, module_globals, scope)
    return scope['__create_fn__'](**env)


def _attr_tuple(owner, flds):
    if not flds:
        return '()'
    return '(' + ''.join(owner + '.' + fld.name + ',' for fld in flds) + ')'


def _init_method(all_fields, positional, keyword_only, frozen, post_init, me, module_globals,
                 slots):
    saw_default = False
    for fld in positional:
        if not fld.init:
            continue
        if fld.default is not MISSING or fld.default_factory is not MISSING:
            saw_default = True
        elif saw_default:
            raise TypeError(f'non-default argument {fld.name!r} follows default argument')
    env = {'__dc_ann_' + fld.name: fld.type for fld in all_fields}
    env['__dc_factory_marker'] = _FACTORY
    env['__dc_object'] = object
    env['_return_type'] = None
    lines = []
    for fld in all_fields:
        stored = '__dc_default_' + fld.name
        if fld.default_factory is not MISSING:
            env[stored] = fld.default_factory
            if fld.init:
                value = f'{stored}() if {fld.name} is __dc_factory_marker else {fld.name}'
            else:
                value = stored + '()'
        elif fld.init:
            if fld.default is not MISSING:
                env[stored] = fld.default
            value = fld.name
        elif slots and fld.default is not MISSING:
            env[stored] = fld.default
            value = stored
        else:
            continue
        if fld._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            lines.append(f'__dc_object.__setattr__({me},{fld.name!r},{value})')
        else:
            lines.append(f'{me}.{fld.name}={value}')
    if post_init:
        extra = ','.join(fld.name for fld in all_fields if fld._field_type is _FIELD_INITVAR)
        lines.append(me + '.__post_init__(' + extra + ')')

    def param(fld):
        text = fld.name + ':__dc_ann_' + fld.name
        if fld.default is not MISSING:
            return text + '=__dc_default_' + fld.name
        if fld.default_factory is not MISSING:
            return text + '=__dc_factory_marker'
        return text

    params = [me] + [param(fld) for fld in positional]
    if keyword_only:
        params.append('*')
        params.extend(param(fld) for fld in keyword_only)
    return _compile('__init__', params, lines or ['pass'], module_globals, env)


def _repr_method(flds, module_globals):
    inner = ', '.join(f'{fld.name}={{self.{fld.name}!r}}' for fld in flds)
    body = 'return self.__class__.__qualname__ + f"(' + inner + ')"'
    return _guard_recursion(_compile('__repr__', ('self',), [body], module_globals))


def _compare_method(name, op, flds, module_globals):
    return _compile(name, ('self', 'other'),
                    ['if other.__class__ is self.__class__:',
                     ' return ' + _attr_tuple('self', flds) + op + _attr_tuple('other', flds),
                     'return NotImplemented'], module_globals)


def _hash_method(flds, module_globals):
    return _compile('__hash__', ('self',), ['return hash(' + _attr_tuple('self', flds) + ')'],
                    module_globals)


def _frozen_methods(cls, flds, module_globals):
    names = '(' + ''.join(repr(fld.name) + ',' for fld in flds) + ')' if flds else '()'
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    test = 'if type(self) is cls or name in ' + names + ':'
    setter = _compile('__setattr__', ('self', 'name', 'value'),
                      [test, ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                       'super(cls, self).__setattr__(name, value)'], module_globals, env)
    deleter = _compile('__delattr__', ('self', 'name'),
                       [test, ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'], module_globals, env)
    return setter, deleter


def _install(cls, attr, member):
    '''Set cls.attr = member unless cls defines attr itself; True when it already did.'''
    if attr in cls.__dict__:
        return True
    if isinstance(member, types.FunctionType):
        member.__qualname__ = cls.__qualname__ + '.' + member.__name__
    setattr(cls, attr, member)
    return False


# ---- the class docstring: the text of inspect.signature(cls) --------------------------

def _annotation_text(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'),
                      repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _init_signature(cls):
    init = getattr(cls, '__init__', None)
    if not isinstance(init, types.FunctionType):
        return '()'
    code = init.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    notes = init.__annotations__
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def show(name, default=MISSING):
        text = name
        if name in notes:
            text += ': ' + _annotation_text(notes[name])
            if default is not MISSING:
                text += ' = ' + repr(default)
        elif default is not MISSING:
            text += '=' + repr(default)
        return text

    parts = []
    for i in range(1, npos):
        parts.append(show(names[i], defaults[i - first_default] if i >= first_default
                          else MISSING))
        if i == code.co_posonlyargcount - 1:
            parts.append('/')
    # pymm's code objects carry no co_flags: a user-written __init__'s *args / **kwargs
    # are not shown (the generated __init__ never has them).
    if nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(show(name, kwdefaults.get(name, MISSING)))
    return '(' + ', '.join(parts) + ')'


# ---- the decorator ----------------------------------------------------------------------

_HASH_ADD, _HASH_NONE, _HASH_KEEP, _HASH_FAIL = 'add', 'none', 'keep', 'fail'


def _hash_plan(unsafe_hash, eq, frozen, explicit):
    '''What to do with __hash__, by CPython's table of the four flags.'''
    if unsafe_hash:
        return _HASH_FAIL if explicit else _HASH_ADD
    if explicit or not eq:
        return _HASH_KEEP
    return _HASH_ADD if frozen else _HASH_NONE


def _slot_names_of(klass):
    declared = klass.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{klass.__name__}' cannot be determined")
    return tuple(declared)


def _frozen_getstate(self):
    return [getattr(self, fld.name) for fld in fields(self)]


def _frozen_setstate(self, state):
    for fld, value in zip(fields(self), state):
        object.__setattr__(self, fld.name, value)


def _with_slots(cls, frozen, weakref_slot):
    '''A copy of cls whose instances keep their fields in __slots__.'''
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(fld.name for fld in fields(cls))
    inherited = set()
    for klass in cls.__mro__[1:-1]:
        inherited.update(_slot_names_of(klass))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names + ('__dict__', '__weakref__'):
        namespace.pop(name, None)
    dotted = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if dotted is not None:
        cls.__qualname__ = dotted
    if frozen:
        if '__getstate__' not in namespace:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _frozen_setstate
    return cls


def _build(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
           weakref_slot):
    home = sys.modules.get(cls.__module__)
    module_globals = home.__dict__ if home is not None else {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    table = {}
    inherits = False
    frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is None:
            continue
        inherits = True
        table.update((fld.name, fld) for fld in base_fields.values())
        frozen_base = frozen_base or bool(base.__dataclass_params__.frozen)

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    this_module = sys.modules[__name__]
    for name, annotation in annotations.items():
        if _declares(annotation, cls, _is_kw_only_marker, this_module):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))
    for fld in own:
        table[fld.name] = fld
        if isinstance(getattr(cls, fld.name, None), Field):
            if fld.default is MISSING:
                delattr(cls, fld.name)
            else:
                setattr(cls, fld.name, fld.default)
    for attr, member in cls.__dict__.items():
        if isinstance(member, Field) and attr not in annotations:
            raise TypeError(f'{attr!r} is a field but has no type annotation')
    if inherits and frozen_base != bool(frozen):
        if frozen_base:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = table

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    in_init = [fld for fld in table.values() if fld._field_type is not _FIELD_CLASSVAR]
    positional = [fld for fld in in_init if fld.init and not fld.kw_only]
    keyword_only = [fld for fld in in_init if fld.init and fld.kw_only]
    real = [fld for fld in table.values() if fld._field_type is _FIELD]
    compared = [fld for fld in real if fld.compare]

    if init:
        me = '__dataclass_self__' if 'self' in table else 'self'
        _install(cls, '__init__', _init_method(in_init, positional, keyword_only, frozen,
                                               hasattr(cls, '__post_init__'), me,
                                               module_globals, slots))
    if repr:
        _install(cls, '__repr__', _repr_method([fld for fld in real if fld.repr], module_globals))
    if eq:
        _install(cls, '__eq__', _compare_method('__eq__', '==', compared, module_globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _install(cls, name, _compare_method(name, op, compared, module_globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for method in _frozen_methods(cls, real, module_globals):
            if _install(cls, method.__name__, method):
                raise TypeError('Cannot overwrite attribute ' + method.__name__ +
                                ' in class ' + cls.__name__)
    plan = _hash_plan(unsafe_hash, eq, frozen, explicit_hash)
    if plan is _HASH_FAIL:
        raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
    if plan is _HASH_NONE:
        cls.__hash__ = None
    elif plan is _HASH_ADD:
        hashed = [fld for fld in real if (fld.compare if fld.hash is None else fld.hash)]
        method = _hash_method(hashed, module_globals)
        method.__qualname__ = cls.__qualname__ + '.__hash__'
        cls.__hash__ = method

    if not cls.__doc__:
        try:
            signature = _init_signature(cls)
        except (TypeError, ValueError):
            signature = ''
        cls.__doc__ = cls.__name__ + signature
    if match_args:
        _install(cls, '__match_args__', tuple(fld.name for fld in positional))
    if not slots and weakref_slot:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    '''Turn a class with annotated fields into a data class, generating its methods.'''
    def decorate(klass):
        return _build(klass, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                      slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


# ---- working with data classes and their instances --------------------------------------

def fields(class_or_instance):
    '''The Field objects of a data class or instance (ClassVars and InitVars excluded).'''
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fld for fld in table.values() if fld._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    '''Whether obj is a data class or an instance of one.'''
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


def _convert(value, factory, pairs):
    '''Rebuild value with data class instances turned into factory(...) of their fields.'''
    if _is_instance(value):
        if pairs:
            return factory([(fld.name, _convert(getattr(value, fld.name), factory, True))
                            for fld in fields(value)])
        return factory([_convert(getattr(value, fld.name), factory, False)
                        for fld in fields(value)])
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return type(value)(*[_convert(item, factory, pairs) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_convert(item, factory, pairs) for item in value)
    if isinstance(value, dict):
        return type(value)((_convert(k, factory, pairs), _convert(v, factory, pairs))
                           for k, v in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    '''A dict of obj's fields, data classes, lists, tuples and dicts within converted too.'''
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    '''A tuple of obj's field values, data classes within converted too.'''
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    '''Create a data class named cls_name from (name[, type[, Field or default]]) items.'''
    annotations = {}
    values = {}
    for spec in fields:
        if isinstance(spec, str):
            name, annotation = spec, 'typing.Any'
        elif len(spec) in (2, 3):
            name, annotation = spec[0], spec[1]
            if len(spec) == 3:
                values[name] = spec[2]
        else:
            raise TypeError(f'Invalid field: {spec!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(values)
        body['__annotations__'] = annotations

    made = types.new_class(cls_name, bases, {}, fill)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    '''A new instance like obj with the given fields changed (via its __init__).'''
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for fld in obj.__dataclass_fields__.values():
        if fld._field_type is _FIELD_CLASSVAR:
            continue
        if not fld.init:
            if fld.name in changes:
                raise ValueError(f'field {fld.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif fld.name not in changes:
            if fld._field_type is _FIELD_INITVAR and fld.default is MISSING:
                raise ValueError(f'InitVar {fld.name!r} must be specified with replace()')
            changes[fld.name] = getattr(obj, fld.name)
    return obj.__class__(**changes)
`;
