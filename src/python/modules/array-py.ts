// The array module in Python: array.array as a typed sequence over a list, with CPython's
// type codes, item checks, sequence operations and tobytes/frombytes (little-endian
// machine formats). Its memory is a list's, so sys.getsizeof differs from CPython's.

/** Python source of the `array` module, run in the module's namespace. */
export const ARRAY_PY = String.raw`
'''Arrays of uniform numeric values (pymm: stored in a list).'''

import math as _math

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = 'bhilq'


def _range_msg(tc):
    # OverflowError messages (below minimum, above maximum) of the type code's converter.
    if tc == 'b':
        return 'signed char is less than minimum' , 'signed char is greater than maximum'
    if tc == 'B':
        return 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'
    if tc == 'h':
        return 'signed short integer is less than minimum', 'signed short integer is greater than maximum'
    if tc == 'H':
        return 'unsigned short is less than minimum', 'unsigned short is greater than maximum'
    if tc == 'i':
        return 'signed integer is less than minimum', 'signed integer is greater than maximum'
    if tc == 'I':
        return "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'
    if tc == 'L':
        return "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'
    if tc == 'l':
        return 'Python int too large to convert to C long', 'Python int too large to convert to C long'
    if tc == 'q':
        return 'int too big to convert', 'int too big to convert'
    return "can't convert negative int to unsigned", 'int too big to convert'


class array:
    '''array(typecode [, initializer]) -> array'''

    __slots__ = ('_tc', '_items', '_alloc', '__weakref__')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        self._alloc = 0
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
            self._alloc = len(self._items)
        elif isinstance(initializer, array) and initializer._tc == 'u' and typecode != 'u':
            raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
        elif type(initializer) in (list, tuple) or (isinstance(initializer, array) and initializer._tc == typecode):
            # newarrayobject(len): allocated exactly, then each item stored
            check = self._check
            self._items = [check(v) for v in initializer]
            self._alloc = len(self._items)
        else:
            # any other iterable (an array of another type code too): item by item
            self.extend(iter(initializer))

    def _resize(self, newsize, size=None):
        '''array_resize's bookkeeping (the items themselves live in a list): CPython's
        over-allocation, so that __sizeof__ reports what python3 reports.'''
        if size is None:
            size = len(self._items)
        if self._alloc >= newsize and size < newsize + 16 and self._alloc:
            return
        if newsize == 0:
            self._alloc = 0
            return
        self._alloc = (newsize >> 4) + (3 if size < 8 else 7) + newsize

    def _appended(self, k):
        '''array_resize(n + 1) for each of k items appended one by one (ins1).'''
        size = len(self._items)
        target = size + k
        alloc = self._alloc
        while size < target:
            if alloc > size:
                size = min(alloc, target)
                continue
            alloc = ((size + 1) >> 4) + (3 if size < 8 else 7) + size + 1
            size += 1
        self._alloc = alloc

    def __sizeof__(self):
        return 64 + self._alloc * _SIZES[self._tc]

    def _check(self, v):
        tc = self._tc
        if tc in 'fd':
            if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__') and not hasattr(type(v), '__index__'):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if tc == 'f':
                v = _to_float32(v)
            return v
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        v = v.__index__()
        bits = 8 * _SIZES[tc]
        if tc in _SIGNED:
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        if v < lo or v > hi:
            small, big = _range_msg(tc)
            raise OverflowError(small if v < lo else big)
        return v

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            r._alloc = len(r._items)
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = i.indices(len(self._items))
            if step == 1:
                d = len(v._items) - max(0, stop - start)
                if d:
                    self._resize(len(self._items) + d)
            self._items[i] = v._items
            return
        v = self._check(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        n = len(self._items)
        del self._items[i]
        if len(self._items) < n:
            self._resize(len(self._items), n)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def _same(self, other):
        if not isinstance(other, array):
            return False
        return True

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        r = array(self._tc)
        r._items = self._items + other._items
        r._alloc = len(r._items)
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._resize(len(self._items) + len(other._items))
        self._items += other._items
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._items = self._items * n
        r._alloc = len(r._items)
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        if self._items and n != 1:
            self._resize(len(self._items) * max(n, 0))
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))

    def append(self, v):
        v = self._check(v)
        self._resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._resize(len(self._items) + len(iterable._items))
            self._items.extend(iterable._items)
            return
        check = self._check
        items = [check(v) for v in iterable]
        self._appended(len(items))
        self._items.extend(items)

    def insert(self, i, v):
        v = self._check(v)
        self._resize(len(self._items) + 1)
        self._items.insert(i, v)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            v = self._items[i]
        except IndexError:
            raise IndexError("pop index out of range") from None
        self._resize(len(self._items) - 1)
        del self._items[i]
        return v

    def remove(self, v):
        try:
            i = self._items.index(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        self._resize(len(self._items) - 1)
        del self._items[i]

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        check = self._check
        items = [check(v) for v in lst]
        if items:
            self._resize(len(self._items) + len(items))
        self._items.extend(items)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if s:
            self._resize(len(self._items) + len(s))
        self._items.extend(s)

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def byteswap(self):
        data = self.tobytes()
        size = _SIZES[self._tc]
        out = bytearray()
        for i in range(0, len(data), size):
            out += data[i:i + size][::-1]
        alloc = self._alloc
        self._items = []
        self.frombytes(bytes(out))
        self._alloc = alloc

    def tobytes(self):
        tc = self._tc
        size = _SIZES[tc]
        out = bytearray()
        for v in self._items:
            if tc == 'd':
                out += _pack_double(v).to_bytes(8, 'little')
            elif tc == 'f':
                out += _pack_float32(v).to_bytes(4, 'little')
            elif tc == 'u':
                out += ord(v).to_bytes(4, 'little')
            else:
                out += v.to_bytes(size, 'little', signed=tc in _SIGNED)
        return bytes(out)

    def frombytes(self, data):
        data = bytes(data)
        tc = self._tc
        size = _SIZES[tc]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if data:
            self._resize(len(self._items) + len(data) // size)
        items = self._items
        for i in range(0, len(data), size):
            word = data[i:i + size]
            if tc == 'd':
                items.append(_unpack_double(int.from_bytes(word, 'little')))
            elif tc == 'f':
                items.append(_unpack_float32(int.from_bytes(word, 'little')))
            elif tc == 'u':
                items.append(chr(int.from_bytes(word, 'little')))
            else:
                items.append(int.from_bytes(word, 'little', signed=tc in _SIGNED))


def _pack_ieee(v, ebits, mbits):
    # The bits of v in IEEE 754 binary format with ebits exponent and mbits fraction bits.
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if _math.copysign(1.0, v) < 0 else 0
    v = abs(v)
    if v != v:
        return (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if v == _math.inf:
        e, m = (1 << ebits) - 1, 0
    elif v == 0:
        e, m = 0, 0
    else:
        mant, exp = _math.frexp(v)
        e = exp + bias - 1
        if e <= 0:
            m = round(_math.ldexp(mant, mbits + e))
            e = 0
            if m >> mbits:
                e, m = 1, m - (1 << mbits)
        else:
            m = round(_math.ldexp(mant, mbits + 1)) - (1 << mbits)
            if m >> mbits:
                e, m = e + 1, 0
            if e >= (1 << ebits) - 1:
                raise OverflowError("float too large to pack with f format")
    return (sign << (ebits + mbits)) | (e << mbits) | m


def _unpack_ieee(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    e = (bits >> mbits) & ((1 << ebits) - 1)
    m = bits & ((1 << mbits) - 1)
    if e == (1 << ebits) - 1:
        return sign * _math.inf if m == 0 else _math.nan
    if e == 0:
        return sign * _math.ldexp(m, 1 - bias - mbits)
    return sign * _math.ldexp(m + (1 << mbits), e - bias - mbits)


def _pack_double(v):
    return _pack_ieee(v, 11, 52)


def _unpack_double(bits):
    return _unpack_ieee(bits, 11, 52)


def _pack_float32(v):
    return _pack_ieee(v, 8, 23)


def _unpack_float32(bits):
    return _unpack_ieee(bits, 8, 23)


def _to_float32(v):
    if v != v or v in (_math.inf, -_math.inf):
        return v
    return _unpack_float32(_pack_float32(v))


ArrayType = array

# As array_modexec: an array is a MutableSequence (and so matches sequence patterns).
import collections.abc as _abc
_abc.MutableSequence.register(array)
del _abc


# The tp_names of CPython's C types (messages show 'array.array').
for _cls in (array,):
    _set_tp_name(_cls, 'array.' + _cls.__name__)
del _cls, _set_tp_name
`;
