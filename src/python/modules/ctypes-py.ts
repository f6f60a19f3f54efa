// The `ctypes` module's Python layer: the C scalar types, Structure, sizeof, cast and
// string_at, enough for what programs about memory do with ctypes: read an object's
// reference count or type pointer at its id(), mirror PyObject's header in a Structure, or
// get an object back from its address. Values made in Python (`c_long(5)`) live in the
// instance; views made by from_address() read the pymm heap through _ctypes on every access
// and refuse writes (pymm never lets a program corrupt its heap). No foreign functions, no
// arrays or pointers, no Union.

/** Source of the ctypes module, run in the module's namespace. */
export const CTYPES_PY = String.raw`
import _ctypes

_UNSET = object()
_INT_BITS = {'b': 8, 'h': 16, 'i': 32, 'l': 64, 'q': 64}
_UINT_BITS = {'B': 8, 'H': 16, 'I': 32, 'L': 64, 'Q': 64, 'P': 64}


def _refuse_write():
    raise ValueError('pymm: ctypes objects made by from_address() are read-only '
                     '(writing into the pymm heap could corrupt it)')


def _as_int(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _wrap(value, bits, signed):
    # Keeps the low bits of value, as C stores an integer in a narrower type.
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


def _convert(code, value):
    # A Python value as a scalar of type code 'code' holds it (ctypes' setfunc).
    if code in _INT_BITS:
        return _wrap(_as_int(value), _INT_BITS[code], True)
    if code == 'P':
        if value is None:
            return None
        if not isinstance(value, int):
            raise TypeError('cannot be converted to pointer')
        return _wrap(value, 64, False) or None
    if code in _UINT_BITS:
        return _wrap(_as_int(value), _UINT_BITS[code], False)
    if code == '?':
        return bool(value)
    if code in 'fd':
        if not isinstance(value, (int, float)):
            raise TypeError(f'must be real number, not {type(value).__name__}')
        return float(value)
    if code == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes([value])
        raise TypeError('one character bytes, bytearray or integer expected')
    return value


def _heap_value(code, address):
    # The value of type code 'code' stored at a heap address, as its ctypes type reads it.
    if code == 'O':
        pointer = _ctypes._heap_read(address, 'P')
        if pointer == 0:
            raise ValueError('PyObject is NULL')
        return _ctypes._object_at(pointer)
    value = _ctypes._heap_read(address, code)
    if code == 'P':
        return value or None
    return value


class _CData:
    __module__ = '_ctypes'
    _b_address_ = None

    @classmethod
    def from_address(cls, address):
        if not isinstance(address, int):
            raise TypeError('integer expected')
        size = sizeof(cls)
        if size:
            _ctypes._heap_bytes(address, size)  # range check
        view = cls.__new__(cls)
        object.__setattr__(view, '_b_address_', address)
        return view


class _SimpleCData(_CData):
    __module__ = '_ctypes'
    _type_ = None

    def __init__(self, value=_UNSET):
        code = type(self)._type_
        if value is _UNSET:
            value = _DEFAULTS.get(code, 0)
        else:
            value = _convert(code, value)
        object.__setattr__(self, '_b_value_', value)

    @property
    def value(self):
        address = self._b_address_
        if address is not None:
            return _heap_value(type(self)._type_, address)
        value = self._b_value_
        if type(self)._type_ == 'O' and value is _UNSET:
            raise ValueError('PyObject is NULL')
        return value

    @value.setter
    def value(self, value):
        if self._b_address_ is not None:
            _refuse_write()
        object.__setattr__(self, '_b_value_', _convert(type(self)._type_, value))

    def __bool__(self):
        if type(self)._type_ == 'O':
            return self._b_address_ is not None or self._b_value_ is not _UNSET
        return bool(self.value)

    def __repr__(self):
        cls = type(self)
        if cls.__bases__[0] is not _SimpleCData:
            return f'<{cls.__name__} object at {id(self):#x}>'
        if cls._type_ == 'O' and self._b_address_ is None and self._b_value_ is _UNSET:
            return f'{cls.__name__}(<NULL>)'
        return f'{cls.__name__}({self.value!r})'


_DEFAULTS = {'?': False, 'c': b'\x00', 'f': 0.0, 'd': 0.0, 'P': None, 'z': None, 'O': _UNSET, 'u': '\x00'}


def _simple(name, code):
    cls = type(name, (_SimpleCData,), {'_type_': code, '__module__': 'ctypes'})
    return cls


c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_bool = _simple('c_bool', '?')
c_char = _simple('c_char', 'c')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_void_p = _simple('c_void_p', 'P')
py_object = _simple('py_object', 'O')
c_longlong = c_int64 = c_ssize_t = c_long
c_ulonglong = c_uint64 = c_size_t = c_ulong
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint


class _CField:
    # A Structure field: its type, offset and size (ctypes' CField descriptor).
    __module__ = '_ctypes'

    def __init__(self, name, ctype, offset):
        self.name = name
        self.type = ctype
        self.offset = offset
        self.size = sizeof(ctype)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        address = obj._b_address_
        if address is not None:
            return _heap_value(self.type._type_, address + self.offset)
        value = obj._b_fields_.get(self.name, _UNSET)
        if value is _UNSET:
            value = _DEFAULTS.get(self.type._type_, 0)
            if value is _UNSET:
                raise ValueError('PyObject is NULL')
        return value

    def __set__(self, obj, value):
        if obj._b_address_ is not None:
            _refuse_write()
        obj._b_fields_[self.name] = _convert(self.type._type_, value)

    def __repr__(self):
        return f'<Field type={self.type.__name__}, ofs={self.offset}, size={self.size}>'


class Structure(_CData):
    __module__ = '_ctypes'
    _b_size_ = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = cls.__dict__.get('_fields_')
        if fields is not None:
            _layout(cls, fields)

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, '_b_fields_', {})
        names = [name for name, _ in _all_fields(type(self))]
        if len(args) > len(names):
            raise TypeError('too many initializers')
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


def _all_fields(cls):
    fields = []
    for klass in reversed(cls.__mro__):
        if klass is not Structure and issubclass(klass, Structure):
            fields.extend(klass.__dict__.get('_fields_', ()))
    return fields


def _layout(cls, fields):
    # C's natural layout: each field at the next multiple of its size (scalars only).
    offset = 0
    for base in cls.__mro__[1:]:
        if isinstance(base, type) and issubclass(base, Structure):
            offset = base._b_size_
            break
    align = 1
    for index, entry in enumerate(fields):
        if not isinstance(entry, tuple) or len(entry) < 2:
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        name, ctype = entry[0], entry[1]
        if not (isinstance(ctype, type) and issubclass(ctype, _SimpleCData)):
            raise TypeError(f'second item in _fields_ tuple (index {index}) must be a C type')
        size = sizeof(ctype)
        offset = (offset + size - 1) // size * size
        setattr(cls, name, _CField(name, ctype, offset))
        offset += size
        align = max(align, size)
    cls._b_size_ = (offset + align - 1) // align * align


def sizeof(obj):
    '''The size in bytes of a ctypes type or instance.'''
    cls = obj if isinstance(obj, type) else type(obj)
    if isinstance(cls, type) and issubclass(cls, _SimpleCData) and cls._type_ is not None:
        return _ctypes._type_size(cls._type_)
    if isinstance(cls, type) and issubclass(cls, Structure):
        return cls._b_size_
    raise TypeError('this type has no size')


def addressof(obj):
    '''The address of a ctypes instance's memory (views made by from_address() only, in pymm).'''
    if not isinstance(obj, _CData):
        raise TypeError('invalid type')
    if obj._b_address_ is None:
        raise TypeError('pymm: only ctypes objects made by from_address() have an address')
    return obj._b_address_


def cast(obj, typ):
    '''obj (an address as int, c_void_p or py_object) seen as the scalar type typ.'''
    if isinstance(obj, _SimpleCData):
        address = id(obj.value) if type(obj)._type_ == 'O' else obj.value
    elif obj is None or isinstance(obj, int):
        address = obj
    else:
        raise ArgumentError('argument 1: TypeError: wrong type')
    if typ is py_object:
        result = py_object()
        if address:
            object.__setattr__(result, '_b_value_', _ctypes._object_at(address))
        return result
    if isinstance(typ, type) and issubclass(typ, _SimpleCData) and typ._type_ == 'P':
        return typ(address)
    raise TypeError('cast() argument 2 must be a pointer type, not ' + getattr(typ, '__name__', type(typ).__name__))


def string_at(address, size=-1):
    '''The bytes at a heap address: size of them, or up to the first NUL byte.'''
    return _ctypes._heap_bytes(address, size)


class ArgumentError(Exception):
    __module__ = 'ctypes'


del _simple
`;
