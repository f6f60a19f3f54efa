// The binascii module in Python: hex and base64 conversions, crc32, and binascii.Error
// (which base64 raises).

/** Python source of the `binascii` module, run in the module's namespace. */
export const BINASCII_PY = String.raw`
'''Conversion between binary data and ASCII.'''


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(s.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    import base64
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return base64.b64encode(data) + (b'\n' if newline else b'')


def a2b_base64(data, *, strict_mode=False):
    import base64
    return base64.b64decode(data, validate=strict_mode)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    table = _CRC_TABLE
    crc = ~crc & 0xFFFFFFFF
    for b in bytes(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
`;
