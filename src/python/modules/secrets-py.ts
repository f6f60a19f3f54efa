// The `secrets` module: tokens and choices from the operating system's randomness
// (random.SystemRandom over os.urandom) and compare_digest, with CPython 3.11's API,
// defaults and errors (compare_digest is hmac's, i.e. _operator's, rules).

/** Source of the secrets module, run in the module's namespace. */
export const SECRETS_PY = String.raw`
'''Random numbers and tokens fit for secrets: passwords, keys, session tokens.'''
import base64 as _base64
import os as _os
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32

_source = SystemRandom()
randbits = _source.getrandbits
choice = _source.choice


def randbelow(exclusive_upper_bound):
    '''A random int in range(exclusive_upper_bound).'''
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    '''nbytes random bytes (DEFAULT_ENTROPY when nbytes is None).'''
    return _os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    '''A random text of hexadecimal digits, two per byte of entropy.'''
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    '''A random URL-safe Base64 text (no padding).'''
    raw = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(raw).rstrip(b'=').decode('ascii')


def _view(x):
    try:
        return memoryview(x).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(x).__name__}'") from None


def compare_digest(a, b, /):
    '''a == b for two ASCII strs or two bytes-like objects, taking time that depends only on their lengths.'''
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        left, right = a.encode('ascii'), b.encode('ascii')
    else:
        def exports(x):
            try:
                memoryview(x)
                return True
            except TypeError:
                return False
        if not exports(a) and not exports(b):
            raise TypeError('unsupported operand types(s) or combination of types: '
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        left, right = _view(a), _view(b)
    # Every byte is looked at whatever the first difference is.
    differs = len(left) != len(right)
    probe = left if differs else right
    for x, y in zip(left, probe):
        differs |= x != y
    return not differs
`;
