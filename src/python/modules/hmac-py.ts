// The `hmac` module: keyed-hash message authentication (RFC 2104) over hashlib's digests,
// with CPython 3.11's API (new, digest, compare_digest, the HMAC class and its
// name/digest_size/block_size) and its argument errors. compare_digest is secrets'.

/** Source of the hmac module, run in the module's namespace. */
export const HMAC_PY = String.raw`
'''Keyed-hashing for message authentication (RFC 2104).'''
import hashlib as _hashlib
from secrets import compare_digest

__all__ = ['new', 'digest', 'compare_digest', 'HMAC', 'digest_size', 'trans_5C', 'trans_36']

# The pads of RFC 2104 as translation tables: the key's bytes xor 0x5C (outer), 0x36 (inner).
trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

# Unknown in general: each HMAC object has its own.
digest_size = None


def _constructor(digestmod):
    # A hashlib constructor (or any callable), a name for hashlib.new, or a module with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    '''An RFC 2104 keyed hash of a message fed through update().'''

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        size = getattr(self._inner, 'block_size', None)
        self.block_size = size if isinstance(size, int) and size >= 16 else self.blocksize
        if len(key) > self.block_size:
            key = make(key).digest()
        key = bytes(key).ljust(self.block_size, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        '''Feeds more of the message.'''
        self._inner.update(msg)

    def copy(self):
        '''An independent HMAC object in the same state.'''
        twin = type(self).__new__(type(self))
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _final(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        '''The MAC of the message so far, as bytes (the object can still be updated).'''
        return self._final().digest()

    def hexdigest(self):
        '''digest() as a string of hexadecimal digits.'''
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    '''A new HMAC object for key, fed msg if given.'''
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    '''The HMAC of msg under key in one call; digest names or makes the hash.'''
    return HMAC(key, msg, digest).digest()
`;
