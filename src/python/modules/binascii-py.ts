// The `binascii` module in Python: hex and base64 conversions of single lines, crc32 and
// crc_hqx, and binascii.Error (which base64 raises). It follows the behaviour of CPython
// 3.11's C module, including a2b_base64's lenient and strict parsing and its messages.

/** Python source of the `binascii` module, run in the module's namespace. */
export const BINASCII_PY = String.raw`
'''Conversion between binary data and ASCII.'''


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_DIGITS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [64] * 256
for _i, _c in enumerate(_B64_DIGITS):
    _B64_VALUE[_c] = _i
_PAD = 61  # '='
_HEX_VALUE = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}
del _i, _c


def _binary(data):
    # Arguments that must be bytes-like (str is refused).
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii_or_binary(data):
    # Arguments that may also be an ASCII-only str.
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def hexlify(data, sep=None, bytes_per_sep=1):
    '''Hexadecimal representation of binary data, optionally grouped with sep.'''
    raw = bytes(_binary(data))
    text = raw.hex() if sep is None else raw.hex(sep, bytes_per_sep)
    return text.encode('ascii')


def unhexlify(hexstr):
    '''Binary data of hexadecimal representation.'''
    digits = _ascii_or_binary(hexstr)
    if len(digits) & 1:
        raise Error('Odd-length string')
    value = _HEX_VALUE
    out = bytearray()
    for at in range(0, len(digits), 2):
        high = value.get(digits[at])
        low = value.get(digits[at + 1])
        if high is None or low is None:
            raise Error('Non-hexadecimal digit found')
        out.append(high << 4 | low)
    return bytes(out)


b2a_hex = hexlify
a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    '''Base64-code line of data.'''
    raw = _binary(data)
    digits = _B64_DIGITS
    out = bytearray()
    whole = len(raw) - len(raw) % 3
    for at in range(0, whole, 3):
        group = raw[at] << 16 | raw[at + 1] << 8 | raw[at + 2]
        out += bytes((digits[group >> 18], digits[group >> 12 & 63],
                      digits[group >> 6 & 63], digits[group & 63]))
    tail = raw[whole:]
    if tail:
        group = int.from_bytes(tail + b'\0' * (3 - len(tail)), 'big')
        quad = bytes((digits[group >> 18], digits[group >> 12 & 63], digits[group >> 6 & 63]))
        out += quad[:len(tail) + 1] + b'=' * (3 - len(tail))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    '''Decode a line of base64 data.'''
    text = _ascii_or_binary(data)
    strict = bool(strict_mode)
    if strict and text[:1] == b'=':
        raise Error('Leading padding not allowed')
    value = _B64_VALUE
    out = bytearray()
    bits = 0       # the undecoded low bits of the current quad
    filled = 0     # digits of the current quad seen so far (0-3)
    pads = 0       # '=' seen since the last digit, counted once the quad can end
    padded = False
    size = len(text)
    for at in range(size):
        ch = text[at]
        if ch == _PAD:
            padded = True
            if filled >= 2:
                pads += 1
                if filled + pads >= 4:
                    if strict and at + 1 < size:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        digit = value[ch]
        if digit == 64:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padded:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        bits = bits << 6 | digit
        filled += 1
        if filled > 1:
            keep = 8 - 2 * filled  # bits that stay behind after emitting a byte
            out.append(bits >> keep)
            bits &= (1 << keep) - 1
        if filled == 4:
            filled = 0
    if filled == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    f'({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4')
    if filled:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc32_table():
    table = []
    for byte in range(256):
        reg = byte
        for _ in range(8):
            reg = reg >> 1 ^ (0xEDB88320 if reg & 1 else 0)
        table.append(reg)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    '''Compute CRC-32 incrementally.'''
    raw = _binary(data)
    table = _CRC32
    reg = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for byte in raw:
        reg = table[(reg ^ byte) & 0xFF] ^ reg >> 8
    return reg ^ 0xFFFFFFFF


def crc_hqx(data, crc):
    '''Compute CRC-CCITT incrementally.'''
    raw = _binary(data)
    reg = crc & 0xFFFF
    for byte in raw:
        reg ^= byte << 8
        for _ in range(8):
            reg = (reg << 1 ^ 0x1021 if reg & 0x8000 else reg << 1) & 0xFFFF
    return reg
`;
