// The `struct` module: packing values into bytes by a format string (byte order, sizes and
// alignment of CPython 3.11 on x86-64 Linux) and unpacking them, with _struct's errors and
// messages. Integers, bools, chars and strings are Python; floats go through
// _struct_float (IEEE 754 half, single and double, as PyFloat_Pack2/4/8 round them).

/** Source of the struct module, run in the module's namespace. */
export const STRUCT_PY = String.raw`
'''Pack and unpack values as C structs in bytes: pack(), unpack(), calcsize(), Struct.'''
import _struct_float

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# Per code: (size, alignment) in native mode '@', and size in the standard modes.
_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
           'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4,
             'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = set('bhilqn')
_UNSIGNED = set('BHILQNP')
# The messages of the narrow integer codes' range errors (the wide ones say "argument out of range").
_RANGE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    # The format as (byte order, [(code, count, offset)], size): the layout _struct computes.
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    elif not isinstance(fmt, str):
        raise TypeError(f'Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}')
    order = '@'
    pos = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        pos = 1
    sizes = _NATIVE if order == '@' else _STANDARD
    items = []
    offset = 0
    while pos < len(fmt):
        ch = fmt[pos]
        if ch.isspace():
            pos += 1
            continue
        count = 1
        if ch.isdigit():
            start = pos
            while pos < len(fmt) and fmt[pos].isdigit():
                pos += 1
            count = int(fmt[start:pos])
            if pos == len(fmt):
                raise error('repeat count given without format specifier')
            ch = fmt[pos]
        pos += 1
        if ch not in sizes:
            raise error('bad char in struct format')
        size = sizes[ch]
        if order == '@' and ch not in 'sp':
            offset = (offset + size - 1) // size * size
        items.append((ch, count, offset))
        offset += size * count
    return order, items, offset


def _int_value(value):
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            raise error('required argument is not an integer')
        value = index(value)
    return value


def _pack_int(code, size, value, big):
    value = _int_value(value)
    bits = 8 * size
    if code == 'P':
        # A pointer takes any value a C long or unsigned long can hold.
        if not -(1 << 63) <= value < (1 << 64):
            raise error('argument out of range')
        return value & ((1 << 64) - 1)
    unsigned = code in _UNSIGNED
    low, high = (0, (1 << bits) - 1) if unsigned else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    if big and size == 8 and not low <= value <= high:
        raise error('int too large to convert')
    # The C conversion first: in native and little-endian order B and H go through a C long,
    # the other unsigned codes through an unsigned long; big-endian ones all unsigned ones.
    via_long = not unsigned or (code in 'BH' and not (big and code == 'H'))
    if via_long and not -(1 << 63) <= value < (1 << 63):
        raise error('argument out of range')
    if not via_long and not 0 <= value < (1 << 64):
        raise error('argument out of range')
    if not low <= value <= high:
        name = _RANGE_NAMES.get(code) if not big or size == 1 else None
        label = f'{name} format' if name else f"'{code}' format"
        raise error(f'{label} requires {low} <= number <= {high}')
    return value & ((1 << bits) - 1)


def _pack_item(code, count, order, size, value, out):
    little = order != '>' and order != '!'
    if code == 's' or code == 'p':
        if not isinstance(value, (bytes, bytearray)):
            raise error(f"argument for '{code}' must be a bytes object")
        data = bytes(value)
        if code == 'p':
            data = data[:max(0, count - 1)]
            data = bytes([min(len(data), 255)]) + data if count else b''
        data = data[:count]
        out += data + bytes(count - len(data))
    elif code == 'c':
        if not isinstance(value, bytes) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        out += value
    elif code == '?':
        out.append(1 if value else 0)
    elif code in 'efd':
        if not isinstance(value, float):
            convert = getattr(type(value), '__float__', None) or getattr(type(value), '__index__', None)
            if convert is None:
                raise error('required argument is not a float')
            try:
                value = float(convert(value))
            except OverflowError:
                raise error('required argument is not a float') from None
        out += _struct_float.pack(value, code, little, order == '@')
    else:
        out += _pack_int(code, size, value, not little).to_bytes(size, 'little' if little else 'big')


def _unpack_item(code, count, order, size, data):
    little = order != '>' and order != '!'
    if code == 's':
        return data
    if code == 'p':
        return data[1:1 + min(data[0], count - 1)] if count else b''
    if code == 'c':
        return data
    if code == '?':
        return data != bytes(size)
    if code in 'efd':
        return _struct_float.unpack(data, code, little)
    return int.from_bytes(data, 'little' if little else 'big', signed=code in _SIGNED)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str) or not hasattr(type(data), '__buffer__') and not hasattr(data, 'tobytes'):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return data.tobytes()


class Struct:
    '''A compiled format: size, format, and pack/unpack methods without parsing again.'''
    __module__ = '_struct'

    def __init__(self, format):
        order, items, size = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format
        self.size = size
        self._order = order
        self._items = items

    def _sizes(self):
        return _NATIVE if self._order == '@' else _STANDARD

    def pack(self, *values):
        '''The values packed into bytes.'''
        wanted = sum(1 if code in 'sp' else count for code, count, _ in self._items if code != 'x')
        if len(values) != wanted:
            raise error(f'pack expected {wanted} items for packing (got {len(values)})')
        out = bytearray()
        sizes = self._sizes()
        it = iter(values)
        for code, count, offset in self._items:
            out += bytes(offset - len(out))
            if code == 'x':
                out += bytes(count)
            elif code in 'sp':
                _pack_item(code, count, self._order, count, next(it), out)
            else:
                for _ in range(count):
                    _pack_item(code, count, self._order, sizes[code], next(it), out)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        '''Packs the values into the writable buffer at offset.'''
        if not isinstance(buffer, bytearray) and not (isinstance(buffer, memoryview) and not buffer.readonly):
            raise TypeError(f'argument must be read-write bytes-like object, not {type(buffer).__name__}')
        if isinstance(buffer, memoryview):
            buffer = buffer.cast('B')
        data = self.pack(*values)
        offset = _int_value(offset)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error(f'offset {offset} out of range for {len(buffer)}-byte buffer')
            if -offset < self.size:
                raise error(f'no space to pack {self.size} bytes at offset {offset}')
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f'pack_into requires a buffer of at least {self.size + offset} bytes for packing '
                        f'{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})')
        buffer[offset:offset + self.size] = data

    def _unpack(self, data):
        sizes = self._sizes()
        values = []
        for code, count, offset in self._items:
            if code == 'x':
                continue
            if code in 'sp':
                values.append(_unpack_item(code, count, self._order, count, data[offset:offset + count]))
                continue
            size = sizes[code]
            for k in range(count):
                at = offset + k * size
                values.append(_unpack_item(code, count, self._order, size, data[at:at + size]))
        return tuple(values)

    def unpack(self, buffer):
        '''The values packed in buffer (exactly size bytes), as a tuple.'''
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error(f'unpack requires a buffer of {self.size} bytes')
        return self._unpack(data)

    def unpack_from(self, buffer, offset=0):
        '''The values packed in buffer from offset on, as a tuple.'''
        # bytes and bytearray are sliced where the values are, not copied whole.
        data = buffer if isinstance(buffer, (bytes, bytearray)) else _buffer(buffer)
        offset = _int_value(offset)
        if offset < 0:
            if offset + len(data) < 0:
                raise error(f'offset {offset} out of range for {len(data)}-byte buffer')
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f'unpack_from requires a buffer of at least {self.size + offset} bytes for '
                        f'unpacking {self.size} bytes at offset {offset} (actual buffer size is {len(data)})')
        return self._unpack(bytes(data[offset:offset + self.size]))

    def iter_unpack(self, buffer):
        '''An iterator of the tuples packed one after another in buffer.'''
        data = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple of {self.size} bytes')
        return (self._unpack(data[at:at + self.size]) for at in range(0, len(data), self.size))


_cache = {}


def _compiled(fmt):
    found = _cache.get(fmt)
    if found is None:
        if len(_cache) >= 100:
            _cache.clear()
        found = _cache[fmt] = Struct(fmt)
    return found


def calcsize(format, /):
    '''The size in bytes of the struct the format describes.'''
    return _compiled(format).size


def pack(*args):
    '''pack(format, v1, v2, ...): the values packed into bytes by the format.'''
    if not args:
        raise TypeError('missing format argument')
    return _compiled(args[0]).pack(*args[1:])


def pack_into(format, buffer, offset, /, *values):
    '''Packs the values by the format into the writable buffer at offset.'''
    return _compiled(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    '''The values the format finds in buffer (exactly calcsize(format) bytes).'''
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    '''The values the format finds in buffer from offset on.'''
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    '''An iterator of the tuples the format finds one after another in buffer.'''
    return _compiled(format).iter_unpack(buffer)


# The tp_names of CPython's C types (messages show '_struct.Struct').
for _cls in (Struct,):
    _set_tp_name(_cls, '_struct.' + _cls.__name__)
del _cls, _set_tp_name
`;
