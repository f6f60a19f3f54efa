// The `uuid` module: the immutable UUID class (from hex, bytes, bytes_le, fields or int; its
// reprs, comparisons and field properties), uuid1/uuid3/uuid4/uuid5, getnode and the
// NAMESPACE_* constants, following CPython 3.11. pymm reads no network interfaces: getnode()
// is a random 48-bit number with the multicast bit set (CPython's fallback when none is found).

/** Source of the uuid module, run in the module's namespace. */
export const UUID_PY = String.raw`
'''UUID objects (RFC 4122) and the functions that make versions 1, 3, 4 and 5.'''
import os
from enum import Enum

__author__ = 'Ka-Ping Yee <ping@zesty.ca>'

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = (
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition')

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


class UUID:
    '''A universally unique identifier: an immutable 128-bit number.'''

    __slots__ = ('int', 'is_safe', '__weakref__')

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
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant bits 10, then the version in bits 76..79.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

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

    def __setattr__(self, name, value):
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
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return _builtin_int((self.int >> 76) & 0xf)
        return None


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
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    '''A UUID from the SHA-1 hash of a namespace UUID and a name.'''
    from hashlib import sha1
    return _named(sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
`;
