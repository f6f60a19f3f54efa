// The enum module in Python: EnumType with its class namespace (auto, aliases), Enum, IntEnum, StrEnum, Flag, IntFlag, unique.

/** Python source of the `enum` module, run in the module's namespace. */
export const ENUM_PY = String.raw`
'''Support for enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag).'''

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name']

Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class _MappingProxy:
    '''A read-only view of a dict (types.MappingProxyType's behaviour for __members__).'''

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    if type(obj).__name__ in ('function', 'builtin_function_or_method', 'method'):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and \
        not (name.endswith('__'))


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    '''Instances are replaced with an appropriate value in Enum class suites.'''

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    '''Forces item to become an Enum member during class creation.'''

    def __init__(self, value):
        self.value = value


class nonmember:
    '''Protects item from becoming an Enum member during class creation.'''

    def __init__(self, value):
        self.value = value


property = property


class _EnumDict(dict):
    '''Track enum member order and ensure member names are not reused.'''

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                           '_ignore_', '_iter_member_', '_iter_member_by_value_',
                           '_iter_member_by_def_', '_new_member_', '_value_', '_name_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                    items.append(v)
                value = tuple(items)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if base in (int, str, float, bytes, tuple) or '__new__' in getattr(base, '__dict__', ()):
                return base
            if not isinstance(base, EnumType):
                for b in base.__mro__:
                    if b in (int, str, float, bytes, tuple, list, dict, set, frozenset):
                        return b
    return object


def _get_mixins(class_name, bases):
    if not bases:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError('new enumerations should be created as '
                        'EnumName([mixin_type, ...] [data_type,] enum_type)')
    member_type = _find_data_type(bases) or object
    return member_type, first_enum


class EnumType(type):
    '''Metaclass for Enum'''

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%r cannot extend %r' % (_Pending(cls), base))
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            ed = _EnumDict()
            ed._cls_name = cls
            member_type, first_enum = _get_mixins(cls, bases)
            if first_enum is not None:
                ed._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
            for k, v in classdict.items():
                ed[k] = v
            classdict = ed
        member_names = list(classdict._member_names)
        member_type, first_enum = _get_mixins(cls, bases)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        values = {name: dict.__getitem__(classdict, name) for name in member_names}
        body = {}
        for k, v in dict.items(classdict):
            if k not in values:
                body[k] = v
        new_member = None
        if Enum is not None and '__new__' in body:
            # A member constructor: Enum.__new__ (lookup by value) stays the class's __new__.
            new_member = body.pop('__new__')
        if new_member is None:
            for base in bases:
                nm = getattr(base, '_new_member_', None)
                if nm is not None:
                    new_member = nm
                    break
        body['_new_member_'] = new_member
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = None
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            body['_flag_mask_'] = 0
            body['_all_bits_'] = 0
            body['_boundary_'] = boundary
        order = body.pop('_order_', None)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if new_member is None:
            new_member = member_type.__new__ if member_type is not object else object.__new__
        use_args = True
        for name in member_names:
            value = values[name]
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args and new_member is object.__new__:
                enum_member = object.__new__(enum_class)
            elif new_member is object.__new__:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = new_member(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            init = getattr(enum_class, '__init__', None)
            if init is not None and init is not object.__init__ and \
                    '__init__' in _class_dicts(enum_class):
                enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                enum_member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                if value not in enum_class._value2member_map_:
                    enum_class._value2member_map_[value] = enum_member
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, enum_member) if False else \
                setattr(enum_class, name, enum_member)
            if Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int):
                enum_class._flag_mask_ |= value
                enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1
        if Enum is not None and '__new__' not in body:
            pass
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        '''Returns a mapping of member name->value.'''
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


class _Pending:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<enum %r>' % (self.name,)


def _class_dicts(cls):
    names = set()
    for base in cls.__mro__:
        if base is object:
            continue
        try:
            names.update(base.__dict__)
        except AttributeError:
            pass
    return names


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    '''Create a collection of name/value pairs.'''

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            pass
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        '''The name of the Enum member.'''
        return self._name_

    @property
    def value(self):
        '''The value of the Enum member.'''
        return self._value_

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']


class ReprEnum(Enum):
    '''Only changes the repr(), leaving str() and format() to the mixed-in type.'''


class IntEnum(int, ReprEnum):
    '''Enum where members are also (and must be) ints'''

    def __hash__(self):
        return hash(int(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    '''Enum where members are also (and must be) strings'''

    def __hash__(self):
        return hash(self[:])

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self[:]

    def __format__(self, format_spec):
        return format(self[:], format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class Flag(Enum):
    '''Support for flags'''

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        if cls._member_type_ is object and value & ~flag_mask:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        extra = value & ~flag_mask
        if names or not extra:
            pseudo._name_ = '|'.join(names) if names else None
        else:
            pseudo._name_ = None
        if extra and cls._member_type_ is not object:
            pseudo._name_ = '|'.join(names + [hex(extra)]) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    '''Support for integer-based Flags'''

    def __hash__(self):
        return hash(int(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def unique(enumeration):
    '''Class decorator for enumerations ensuring unique member values.'''
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_str(self):
    return self._name_


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
`;
