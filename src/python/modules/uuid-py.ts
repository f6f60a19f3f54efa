// The `uuid` module: the immutable UUID class (from hex, bytes, bytes_le, fields or int; its
// reprs, comparisons and field properties), uuid1/uuid3/uuid4/uuid5, getnode and the
// NAMESPACE_* constants, following CPython 3.11. pymm reads no network interfaces: getnode()
// is a random 48-bit number with the multicast bit set (CPython's fallback when none is found).

/** Source of the uuid module, run in the module's namespace. */
export const UUID_PY = String.raw`
'''UUID objects (RFC 4122) and the functions that make versions 1, 3, 4 and 5.'''
import os
from enum import Enum

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_builtin_int = int
_builtin_bytes = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (name, width in bits) of the six fields, most significant first.
_FIELDS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))
_WIDTH_WORDS = {8: 'an 8-bit', 16: 'a 16-bit', 32: 'a 32-bit', 48: 'a 48-bit'}


def _from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _builtin_int(digits, 16)


def _from_fields(parts):
    if len(parts) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for k, ((_, width), part) in enumerate(zip(_FIELDS, parts)):
        if not 0 <= part < 1 << width:
            raise ValueError(f'field {k + 1} out of range (need {_WIDTH_WORDS[width]} value)')
        value = (value << width) | part
    return value


def _swap_le(raw):
    '''bytes_le <-> bytes: the first three fields change byte order.'''
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


_put = object.__setattr__


class UUID:
    '''A universally unique identifier: an immutable 128-bit number.'''

    __slots__ = ['int', 'is_safe', '__weakref__']

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [x is not None for x in (hex, bytes, bytes_le, fields, int)]
        if sum(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            int = _from_hex(hex)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, _builtin_bytes), repr(bytes)
            int = _builtin_int.from_bytes(bytes, 'big')
        if fields is not None:
            int = _from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version < 1 or version > 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant bits 10, then the version in bits 76..79.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        _put(self, 'int', int)
        _put(self, 'is_safe', is_safe)

    def __getstate__(self):
        if self.is_safe is SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, saved):
        _put(self, 'int', saved['int'])
        _put(self, 'is_safe', SafeUUID(saved.get('is_safe', SafeUUID.unknown.value)))

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __setattr__(self, attr, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _FIELDS)

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def variant(self):
        # The leading one bits of the clock_seq_hi_variant byte: 0xx, 10x, 110, 111.
        top = (self.int >> 61) & 7
        return _VARIANTS[0 if top < 4 else 1 if top < 6 else 2 if top < 7 else 3]

    @property
    def version(self):
        return _builtin_int((self.int >> 76) & 0xf) if self.variant is RFC_4122 else None


_VARIANTS = (RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE)


def _field_property(offset, width):
    return property(lambda self: (self.int >> offset) & ((1 << width) - 1))


_shift = 128
for _name, _width in _FIELDS:
    _shift -= _width
    setattr(UUID, _name, _field_property(_shift, _width))
del _shift, _name, _width


_node = None


def getnode():
    '''The hardware address as a 48-bit int: here random, with the multicast bit set.'''
    global _node
    if _node is None:
        _node = _builtin_int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    '''A UUID from a host ID, sequence number and the current time.'''
    global _last_timestamp
    import time
    # 100-ns intervals since 1582-10-15, kept increasing between calls.
    stamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    parts = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=parts, version=1)


def _named(hasher, namespace, name, version):
    # name must be a str (3.11 encodes it unconditionally: bytes raise TypeError).
    seed = namespace.bytes + _builtin_bytes(name, 'utf-8')
    return UUID(bytes=hasher(seed).digest()[:16], version=version)


def uuid3(namespace, name):
    '''A UUID from the MD5 hash of a namespace UUID and a name.'''
    from hashlib import md5
    return _named(md5, namespace, name, 3)


def uuid4():
    '''A random UUID.'''
    raw = os.urandom(16)
    return UUID(bytes=raw, version=4)


def uuid5(namespace, name):
    '''A UUID from the SHA-1 hash of a namespace UUID and a name.'''
    from hashlib import sha1
    return _named(sha1, namespace, name, 5)


# RFC 4122 appendix C: the name spaces differ in the last digit of time_low.
for _digit, _space in (('0', 'DNS'), ('1', 'URL'), ('2', 'OID'), ('4', 'X500')):
    globals()['NAMESPACE_' + _space] = UUID(f'6ba7b81{_digit}-9dad-11d1-80b4-00c04fd430c8')
del _digit, _space
`;
