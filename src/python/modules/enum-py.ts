// The enum module in Python: the EnumType metaclass and its class-body namespace (auto,
// member/nonmember, aliases, _ignore_, _order_), Enum, ReprEnum, IntEnum, StrEnum, Flag and
// IntFlag with their flag boundaries, unique, verify, enum.property and the global_* helpers,
// following the behaviour of CPython 3.11's module.

/** Python source of the `enum` module, run in the module's namespace. */
export const ENUM_PY = String.raw`
'''Enumerations: named constants grouped in a class (Enum, IntEnum, StrEnum, Flag, IntFlag).'''

import sys as _sys
import builtins as _builtins

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
    'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name']

# Filled in as the module defines them; EnumType checks for None while bootstrapping.
Enum = ReprEnum = Flag = _enum_new = _enum_init = None
STRICT = CONFORM = EJECT = KEEP = None


class _MembersView:
    '''The read-only name -> member mapping returned by EnumType.__members__.'''
    __slots__ = ('_map',)

    def __init__(self, members):
        self._map = members

    def __getitem__(self, name):
        return self._map[name]

    def __iter__(self):
        return iter(self._map)

    def __len__(self):
        return len(self._map)

    def __contains__(self, name):
        return name in self._map

    def __eq__(self, other):
        return self._map == other

    def __reversed__(self):
        return reversed(self._map)

    def get(self, name, default=None):
        return self._map.get(name, default)

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def items(self):
        return self._map.items()

    def copy(self):
        return dict(self._map)

    def __repr__(self):
        return 'mappingproxy(' + repr(self._map) + ')'

    def __str__(self):
        return str(self._map)


_MembersView.__name__ = _MembersView.__qualname__ = 'mappingproxy'
_MembersView.__module__ = 'builtins'


# ---- name and value classification ------------------------------------------------------

def _dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') and \
        name[2] != '_' and name[-3] != '_'


def _sunder(name):
    return len(name) > 2 and name[0] == '_' and name[-1] == '_' and \
        name[1] != '_' and name[-2] != '_'


def _private(class_name, name):
    prefix = '_' + class_name + '__'
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _descriptor(value):
    if isinstance(value, (_builtins.property, classmethod, staticmethod)):
        return True
    return hasattr(value, '__get__') or hasattr(value, '__set__') or hasattr(value, '__delete__')


def _one_bit(number):
    return number != 0 and number & (number - 1) == 0


def _bits_low_first(number):
    '''The set bits of a non-negative int, lowest first, each as its own power of two.'''
    while number:
        low = number & -number
        yield low
        number ^= low


def _iter_bits_lsb(num):
    '''The set bits of a non-negative int (or int-valued member), lowest first.'''
    given = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % given)
    yield from _bits_low_first(num)


# The helpers under the names CPython's module gives them.
_is_dunder, _is_sunder, _is_private, _is_descriptor = _dunder, _sunder, _private, _descriptor
_is_single_bit = _one_bit


def _make_class_unpicklable(obj):
    '''Makes an enum class (or a class body dict) refuse to pickle its members.'''
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj.update(__reduce_ex__=_break_on_call_reduce, __module__='<unknown>')
    else:
        obj.__reduce_ex__ = _break_on_call_reduce
        obj.__module__ = '<unknown>'


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    '''Two's-complement binary text of num as enum's messages show it: "0b0 1000".'''
    top = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + top).replace('1', '0', 1)
    else:
        text = _builtins.bin(~num ^ (top - 1) + top)
    sign, digits = text[:3], text[3:]
    if max_bits is not None:
        digits = digits.rjust(max_bits, sign[-1])
    return sign + ' ' + digits


# ---- markers used in class bodies -------------------------------------------------------

class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_PENDING = _AutoPending()


class auto:
    '''Stands for a member value that _generate_next_value_ will choose.'''

    def __init__(self, value=_PENDING):
        self.value = value

    def __repr__(self):
        return 'auto(' + repr(self.value) + ')'


class member:
    '''Makes its value an enum member even where it would not be one.'''

    def __init__(self, value):
        self.value = value


class nonmember:
    '''Keeps its value a plain class attribute rather than an enum member.'''

    def __init__(self, value):
        self.value = value


class property:
    '''A member attribute that, on the class, finds the member of the same name instead.'''

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self._doc_given = doc is not None
        self.__doc__ = doc if self._doc_given else getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', None))
        self.name = self.clsname = None

    def _copy(self, fget, fset, fdel):
        return type(self)(fget, fset, fdel, self.__doc__ if self._doc_given else None)

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)

    def __set_name__(self, owner, attr):
        self.name, self.clsname = attr, owner.__name__

    def __get__(self, obj, owner=None):
        if obj is not None and self.fget is not None:
            return self.fget(obj)
        try:
            return owner._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (owner, self.name)) from None

    def __set__(self, obj, value):
        if self.fset is not None:
            return self.fset(obj, value)
        raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))

    def __delete__(self, obj):
        if self.fdel is not None:
            return self.fdel(obj)
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))


_ALLOWED_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                              '_ignore_', '_iter_member_', '_iter_member_by_value_',
                              '_iter_member_by_def_'])


class _EnumDict(dict):
    '''The namespace an enum class body runs in: it records member names in order, fills in
    auto() values and rejects reused names.'''

    def __init__(self):
        dict.__init__(self)
        self._member_names = {}
        self._cls_name = None
        self._generate_next_value = None
        self._values_so_far = []
        self._ignored = []
        self._auto_used = False

    def _fill_autos(self, name, raw):
        '''raw with each auto() in it (alone or in a tuple) replaced by its value.'''
        lone = isinstance(raw, auto)
        if not lone and not (type(raw) is tuple and any(isinstance(v, auto) for v in raw)):
            self._values_so_far.append(raw)
            return raw
        filled = []
        for part in ((raw,) if lone else raw):
            if isinstance(part, auto):
                if part.value is _PENDING:
                    part.value = self._generate_next_value(
                        name, 1, len(self._member_names), list(self._values_so_far))
                    self._auto_used = True
                part = part.value
                self._values_so_far.append(part)
            filled.append(part)
        return filled[0] if lone else tuple(filled)

    def _special(self, name, value):
        '''Handle an allowed _sunder_ name; returns the value to store.'''
        if name not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (name,))
        if name == '_generate_next_value_':
            if self._auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
            if isinstance(value, staticmethod):
                self._generate_next_value = value.__func__
            else:
                self._generate_next_value = value
        elif name == '_ignore_':
            value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignored = value
            clash = set(value).intersection(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
        return value

    def __setitem__(self, name, value):
        if _private(self._cls_name, name):
            pass
        elif _sunder(name):
            value = self._special(name, value)
        elif _dunder(name):
            if name == '__order__':
                name = '_order_'
        elif name in self._member_names or (name not in self._ignored and
                                            not isinstance(value, nonmember) and
                                            not _descriptor(value) and name in self):
            raise TypeError('%r already defined as %r' % (name, self[name]))
        elif name in self._ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not _descriptor(value):
            if isinstance(value, member):
                value = value.value
            value = self._fill_autos(name, value)
            self._member_names[name] = None
        dict.__setitem__(self, name, value)

    def update(self, members, **more_members):
        pairs = [(k, members[k]) for k in members.keys()] if hasattr(members, 'keys') \
            else members
        for k, v in list(pairs) + list(more_members.items()):
            self[k] = v


# ---- making members ---------------------------------------------------------------------

class _Seed:
    '''A member value waiting in the new class's namespace; type.__new__ calls __set_name__,
    which turns it into the member.'''

    def __init__(self, value):
        self.value = value

    def __set_name__(self, owner, attr):
        _plant(owner, attr, self.value)


def _own_init(owner):
    '''The __init__ a member must run: the first one a Python class in the MRO defines.'''
    for klass in owner.__mro__:
        if klass is object:
            return None
        namespace = getattr(klass, '__dict__', None)
        if namespace is not None and '__init__' in namespace:
            found = namespace['__init__']
            return None if found is _enum_init else found
    return None


def _plant(owner, name, raw):
    '''Create the member called name from its class-body value raw and register it.'''
    args = raw if isinstance(raw, tuple) else (raw,)
    data_type = owner._member_type_
    if data_type is tuple:
        args = (args,)
    if owner._use_args_:
        made = owner._new_member_(owner, *args)
    else:
        made = owner._new_member_(owner)
    if not hasattr(made, '_value_'):
        if data_type is object:
            made._value_ = raw
        else:
            try:
                made._value_ = data_type(*args)
            except Exception as exc:
                problem = TypeError('_value_ not set in __new__, unable to create it')
                problem.__cause__ = exc
                raise problem
    value = made._value_
    made._name_ = name
    made.__objclass__ = owner
    init = _own_init(owner)
    if init is not None:
        init(made, *args)
    made._sort_order_ = len(owner._member_names_)
    is_flag = Flag is not None and issubclass(owner, Flag)
    if is_flag:
        owner._flag_mask_ |= value
        if _one_bit(value):
            owner._singles_mask_ |= value
        owner._all_bits_ = 2 ** owner._flag_mask_.bit_length() - 1
    canonical = _existing(owner, value)
    if canonical is not None:
        made = canonical
    elif not is_flag or _one_bit(value):
        owner._member_names_.append(name)
    redirect = None
    for klass in owner.__mro__[1:]:
        found = getattr(klass, '__dict__', {}).get(name)
        if found is None:
            continue
        if isinstance(found, property):
            redirect = found
            break
        if hasattr(found, 'fget') and hasattr(found, 'fset') and hasattr(found, 'fdel'):
            redirect = found
    if redirect is not None:
        shim = property(redirect.fget, redirect.fset, redirect.fdel)
        shim.member = made
        shim.__set_name__(owner, name)
        type.__setattr__(owner, name, shim)
    else:
        type.__setattr__(owner, name, made)
    owner._member_map_[name] = made
    try:
        owner._value2member_map_.setdefault(value, made)
    except TypeError:
        owner._unhashable_values_.append(value)


def _existing(owner, value):
    '''The member already holding value, or None.'''
    try:
        return owner._value2member_map_[value]
    except KeyError:
        return None
    except TypeError:
        for known in owner._member_map_.values():
            if known._value_ == value:
                return known
        return None


def _provider(cls, name):
    '''The attribute name as cls's MRO provides it (a builtin type counts as defining every
    attribute it has: pymm's special-method lookup finds their slots before a later base's).'''
    for klass in cls.__mro__:
        namespace = getattr(klass, '__dict__', None) if klass.__flags__ & 512 else None
        if namespace is None:
            if hasattr(klass, name):
                return getattr(klass, name)
        elif name in namespace:
            return namespace[name]
    return None


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


def _refuse_extending(class_name, bases):
    for chain in bases:
        for klass in chain.__mro__:
            if isinstance(klass, EnumType) and klass._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, klass))


def _data_type_and_enum(class_name, bases):
    '''(the data type members are made of, the last base: the enum being extended).'''
    if not bases:
        return object, Enum
    _refuse_extending(class_name, bases)
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '%sEnumName([mixin_type, ...] [data_type,] enum_type)%s'
                        % (chr(96), chr(96)))
    return _data_type(class_name, bases) or object, last


def _value_repr_for(bases):
    '''The repr used for member values: inherited from an enum base or a data type's own.'''
    for chain in bases:
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                return klass._value_repr_
            own = getattr(klass, '__dict__', None)
            if own is None:
                return klass.__repr__
            if '__repr__' in own:
                return own['__repr__']
    return None


def _data_type(class_name, bases):
    '''The one non-enum type (builtin, with its own __new__, or a dataclass) mixed into bases.'''
    kinds = set()
    for chain in bases:
        plain = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    kinds.add(klass._member_type_)
                    break
                continue
            own = getattr(klass, '__dict__', None)
            if own is None or '__new__' in own or '__dataclass_fields__' in own:
                kinds.add(plain or klass)
                break
            if plain is None:
                plain = klass
    if len(kinds) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, kinds))
    return kinds.pop() if kinds else None


def _member_constructor(body, data_type, base_enum):
    '''(the __new__ that makes members, whether the class defined it, whether it takes the
    member's value as arguments).'''
    maker = body.get('__new__')
    own = base_enum is not None and maker is not None
    if maker is None:
        ignored = (None, object.__new__, _enum_new)
        for attr in ('__new_member__', '__new__'):
            for owner in (data_type, base_enum):
                candidate = getattr(owner, attr, None)
                if all(candidate is not skip for skip in ignored):
                    maker = candidate
                    break
            if maker is not None:
                break
        else:
            maker = object.__new__
    with_args = base_enum is not None and maker is not object.__new__ and maker is not _enum_new
    return maker, own, with_args


class EnumType(type):
    '''Metaclass for Enum'''

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        base_enum = _data_type_and_enum(cls, bases)[1]
        if base_enum is not None:
            namespace['_generate_next_value_'] = getattr(base_enum, '_generate_next_value_',
                                                         None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return type.__new__(metacls, cls, bases, classdict, **kwds)
        if not isinstance(classdict, _EnumDict):
            given, classdict = classdict, metacls.__prepare__(cls, bases)
            for k, v in given.items():
                classdict[k] = v
        for skipped in list(dict.get(classdict, '_ignore_', ())) + ['_ignore_']:
            dict.pop(classdict, skipped, None)
        names = list(classdict._member_names)
        bad = set(names) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in bad))
        order = dict.pop(classdict, '_order_', None)
        body = dict(classdict.items())
        data_type, base_enum = _data_type_and_enum(cls, bases)
        maker, own_maker, with_args = _member_constructor(body, data_type, base_enum)
        for name in names:
            body[name] = _Seed(body[name])
        body.update(_new_member_=maker, _use_args_=with_args, _member_names_=[],
                    _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                    _member_type_=data_type, _value_repr_=_value_repr_for(bases))
        if (cls == 'Flag') if Flag is None else any(issubclass(b, Flag) for b in bases):
            # Only flags keep the bit bookkeeping (CPython adds it to every enum, then
            # deletes it again from the others).
            body.update(_boundary_=boundary or getattr(base_enum, '_boundary_', None),
                        _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        try:
            made = type.__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as error:
            # type.__new__ reports a member's failure (raised in __set_name__) as the
            # cause of a RuntimeError: the member's own exception is the one to raise.
            raise error.__cause__ or error
        _finish_class(made, cls, bases, data_type, base_enum, maker, own_maker)
        _check_order(made, order)
        return made

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        return cls.__new__(cls, value)

    def __contains__(cls, item):
        if isinstance(item, Enum):
            return isinstance(item, cls) and item._name_ in cls._member_map_
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(item).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr not in cls._member_map_:
            return type.__delattr__(cls, attr)
        raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ != object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getattr__(cls, attr):
        found = None if _dunder(attr) else cls._member_map_.get(attr)
        if found is None:
            raise AttributeError(attr)
        return found

    def __getitem__(cls, key):
        return cls._member_map_[key]

    def __iter__(cls):
        members = cls._member_map_
        return (members[key] for key in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        '''A read-only mapping of every member name (aliases included) to its member.'''
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[key] for key in cls._member_names_[::-1])

    def __setattr__(cls, attr, value):
        if attr in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (attr,))
        type.__setattr__(cls, attr, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        base_enum = _data_type_and_enum(class_name, bases)[1]
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            so_far = []
            for count, key in enumerate(names):
                so_far.append(base_enum._generate_next_value_(key, start, count, so_far[:]))
            names = list(zip(names, so_far))
        for entry in names:
            if isinstance(entry, str):
                namespace[entry] = names[entry]
            else:
                namespace[entry[0]] = entry[1]
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, KeyError, ValueError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        '''An enum called name made of the module's (or source's) constants passing filter,
        exported back into that module with its members.'''
        target = _sys.modules[module].__dict__
        chosen = [(key, value) for key, value in (source.__dict__ if source else target).items()
                  if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        body = dict(chosen)
        body['__module__'] = module
        plain = type(name, (object,), body)
        made = _simple_enum(cls, boundary=boundary or KEEP)(plain)
        if as_global:
            global_enum(made)
        else:
            target.update(made.__members__)
        target[name] = made
        return made


def _finish_class(made, cls_name, bases, data_type, base_enum, maker, own_maker):
    '''Settle the new enum class's methods: the data type's str/format for ReprEnum, the
    enum's own repr/str/format/__reduce_ex__ over the data type's, Flag's operators,
    Enum.__new__ for lookups, and the flag bookkeeping only flags keep.'''
    defined = made.__dict__

    def put(attr, value):
        type.__setattr__(made, attr, value)

    if ReprEnum is not None and ReprEnum in bases:
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, '
                            'str, float, etc.)')
        if '__format__' not in defined:
            put('__format__', getattr(data_type, '__format__', None) or _data_format)
        if '__str__' not in defined:
            shown = data_type.__str__
            put('__str__', data_type.__repr__ if shown is object.__str__ else shown)
    if data_type is not object and '__hash__' not in defined:
        # pymm resolves hash() of a data-type member to Enum.__hash__; CPython's MRO
        # reaches the data type's own __hash__ first.
        type.__setattr__(made, '__hash__', data_type.__hash__)
    for attr in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if attr not in defined and _provider(made, attr) in (
                getattr(data_type, attr, None), getattr(object, attr, None)):
            type.__setattr__(made, attr, getattr(base_enum, attr))
    is_flag = Flag is not None and issubclass(made, Flag)
    if is_flag:
        for attr in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                     '__invert__'):
            if attr not in defined:
                put(attr, Flag.__dict__[attr])
    if Enum is not None:
        if own_maker:
            type.__setattr__(made, '__new_member__', maker)
        type.__setattr__(made, '__new__', _enum_new)
    if is_flag:
        values = [m._value_ for m in made]
        if values != sorted(values):
            type.__setattr__(made, '_iter_member_', made._iter_member_by_def_)


def _check_order(made, order):
    '''Compare _order_ (names, or a string of them) with the canonical member order.'''
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    if not order:
        return
    members = made._member_map_
    if Flag is not None and issubclass(made, Flag):
        order = [key for key in order if key not in members or _one_bit(members[key]._value_)]
    order = [key for key in order if key not in members or key in made._member_names_]
    if order != made._member_names_:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (made._member_names_, order))


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    '''Create a collection of name/value pairs.'''

    def __new__(cls, value):
        if type(value) is cls:
            return value
        known = _existing(cls, value)
        if known is not None:
            return known
        if not cls._member_map_:
            # reached through super().__new__ in a member-making __new__, say
            raise TypeError('%r has no members defined' % cls)
        failure = None
        try:
            answer = cls._missing_(value)
        except Exception as exc:
            failure = exc
            answer = None
        if isinstance(answer, cls):
            return answer
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and \
                isinstance(answer, int):
            return answer
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if answer is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, answer))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        newest = last_values[-1]
        candidates = last_values
        try:
            candidates = sorted(last_values)
            if newest == candidates[-1]:
                return newest + 1
        except TypeError:
            pass
        for earlier in candidates:
            try:
                return earlier + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = (type(self)._value_repr_ or repr)(self._value_)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __dir__(self):
        members = self._member_map_
        shown = set(object.__dir__(self)) if type(self)._member_type_ is not object else set()
        shown.update(attr for attr in getattr(self, '__dict__', ())
                     if attr[0] != '_' and attr not in members)
        for klass in type(self).mro():
            for attr, obj in getattr(klass, '__dict__', {}).items():
                if attr[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or attr not in members:
                        shown.add(attr)
                    else:
                        shown.discard(attr)
                elif attr not in members:
                    shown.add(attr)
        return sorted(shown | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        '''The name of the Enum member.'''
        return self._name_

    @property
    def value(self):
        '''The value of the Enum member.'''
        return self._value_


_enum_new = Enum.__new__
_enum_init = Enum.__dict__['__init__']


class ReprEnum(Enum):
    '''Only changes the repr(), leaving str() and format() to the mixed-in type.'''


class IntEnum(int, ReprEnum):
    '''Enum where members are also (and must be) ints'''


class StrEnum(str, ReprEnum):
    '''Enum where members are also (and must be) strings'''

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


_reduce_ex_by_global_name = pickle_by_global_name


class FlagBoundary(StrEnum):
    '''How a Flag treats values with bits outside its members.'''
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _other_bits(flag, other):
    '''The int value a Flag operator combines with flag, or None for an unsupported operand.'''
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return None


class Flag(Enum, boundary=STRICT):
    '''Support for flags'''

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            top = highest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, singles, every = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        negative = None
        if not ~every <= value <= every or value & (every ^ mask):
            rule = cls._boundary_
            if rule is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if rule is CONFORM:
                value &= mask
            elif rule is EJECT:
                return value
            elif rule is KEEP:
                if value < 0:
                    value += max(every + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, rule))
        if value < 0:
            negative = value
            value += every + 1
        unknown = value & ~mask
        multi = value & ~singles
        known_bits = value & singles
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        if known_bits or multi:
            parts = list(cls._iter_member_(known_bits))
            covered = 0
            for part in parts:
                covered |= part._value_
            if multi:
                value = known_bits | multi
                for other in cls._member_map_.values():
                    if other not in parts and other._value_ and \
                            other._value_ & value == other._value_:
                        parts.append(other)
                        covered |= other._value_
            unknown = value ^ covered
            if covered:
                pseudo._name_ = '|'.join(part._name_ for part in parts)
                if unknown and cls._boundary_ is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                if unknown:
                    pseudo._name_ += '|' + cls._numeric_repr_(unknown)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_ & self._value_ == flag._value_
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(flag).__qualname__, self.__class__.__qualname__))

    def __iter__(self):
        members = self._iter_member_(self._value_)
        yield from members

    def __len__(self):
        return _builtins.bin(self._value_).count('1')

    def __repr__(self):
        shown = (type(self)._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, shown)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _other_bits(self, other)
        return NotImplemented if bits is None else self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _other_bits(self, other)
        return NotImplemented if bits is None else self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _other_bits(self, other)
        return NotImplemented if bits is None else self.__class__(self._value_ ^ bits)

    def __invert__(self):
        cached = self._inverted_
        if cached is None:
            flipped = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                flipped &= self._singles_mask_
            cached = self._inverted_ = self.__class__(flipped)
        return cached

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    '''Support for integer-based Flags'''


def unique(enumeration):
    '''Class decorator: raise ValueError if any member of enumeration is an alias.'''
    aliases = ['%s -> %s' % (name, found.name)
               for name, found in enumeration.__members__.items() if name != found.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(aliases)))
    return enumeration


class EnumCheck(StrEnum):
    '''The constraints verify() can check.'''
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    '''Class decorator checking an enumeration against EnumCheck constraints.'''

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (alias, found.name) for alias, found
                           in enumeration.__members__.items() if alias != found.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    gaps = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)
                            if 2 ** i not in values]
                else:
                    gaps = [i for i in range(low + 1, high) if i not in values]
                if gaps:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(map(str, gaps))))[:256])
            elif check is NAMED_FLAGS:
                canonical = [m.value for m in enumeration]
                lacking = []
                lost = 0
                for alias, found in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or found.value < 0:
                        continue
                    missed = [b for b in _bits_low_first(found.value) if b not in canonical]
                    if missed:
                        lacking.append(alias)
                        for b in missed:
                            lost |= b
                if lacking:
                    if len(lacking) == 1:
                        what = 'alias %s is missing' % lacking[0]
                    else:
                        what = 'aliases %s and %s are missing' % (', '.join(lacking[:-1]),
                                                                  lacking[-1])
                    amount = ('value 0x%x' if _one_bit(lost) else 'combined values of 0x%x') % lost
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (name, what, amount))
        return enumeration


def _module_tail(self):
    return self.__class__.__module__.split('.')[-1]


def global_enum_repr(self):
    return '%s.%s' % (_module_tail(self), self._name_)


def global_flag_repr(self):
    where = _module_tail(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (where, self.__class__.__name__, self._value_)
    if _one_bit(self._value_):
        return '%s.%s' % (where, self._name_)
    parts = self._name_.split('|')
    if self._boundary_ is KEEP:
        return '|'.join(p if p[0].isdigit() else '%s.%s' % (where, p) for p in parts)
    return '|'.join('%s.%s' % (where, p) for p in parts)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    '''Class decorator: members repr as module.NAME and are copied into the module globals.'''
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=None, *, boundary=None, use_args=None):
    '''Class decorator turning a plain class into an enum of type etype (Enum by default).'''
    if etype is None:
        etype = Enum

    def convert(plain):
        meta = type(etype)
        body = meta.__prepare__(plain.__name__, (etype,))
        for key, value in plain.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            body[key] = value
        extra = {} if boundary is None else {'boundary': boundary}
        return meta(plain.__name__, (etype,), body, **extra)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    '''Raises TypeError listing the differences between an enum and its _simple_enum twin.'''
    problems = []
    left, right = checked_enum.__dict__, simple_enum.__dict__
    names = set(checked_enum._member_map_) | set(simple_enum._member_map_)
    skipped = ('__module__', '_member_map_', '_value2member_map_', '__doc__')
    for key in sorted(set(left) | set(right)):
        if key in skipped or key in names:
            continue
        if key not in right:
            problems.append('missing key: %r' % (key,))
        elif key not in left:
            problems.append('extra key:   %r' % (key,))
        else:
            a, b = left[key], right[key]
            if callable(a) or isinstance(a, _builtins.property):
                continue
            if a != b:
                problems.append('%r:\n         checked -> %r\n         simple  -> %r' % (key, a, b))
    problems.sort()
    for name in names:
        if name not in right:
            problems.append('missing member from simple enum: %r' % name)
            continue
        if name not in left:
            problems.append('extra member in simple enum: %r' % name)
            continue
        mine, theirs = checked_enum[name].__dict__, simple_enum[name].__dict__
        member_problems = []
        for key in set(mine) | set(theirs):
            if key in ('__module__', '__objclass__', '_inverted_'):
                continue
            if key not in theirs:
                member_problems.append('missing key %r not in the simple enum member %r' % (key, name))
            elif key not in mine:
                member_problems.append('extra key %r in simple enum member %r' % (key, name))
            elif mine[key] != theirs[key]:
                member_problems.append('%r:\n         checked member -> %r\n         simple member  -> %r'
                                       % (key, mine[key], theirs[key]))
        if member_problems:
            problems.append('%r member mismatch:\n      %s' % (name, '\n      '.join(member_problems)))
    if problems:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(problems))
`;
