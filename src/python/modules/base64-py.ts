// The `base64` module in Python: Base64 (standard, URL-safe, MIME lines and file helpers),
// Base32, Base16, Ascii85 and Base85, over binascii's line codecs. It follows the behaviour
// of CPython 3.11's module: the same output, argument checks and error messages.

/** Python source of the `base64` module, run in the module's namespace. */
export const BASE64_PY = String.raw`
'''Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings.'''

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)
MAXLINESIZE = 76  # characters per line of encodebytes' output
MAXBINSIZE = MAXLINESIZE // 4 * 3

_Error = binascii.Error
_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')
_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B85_DIGITS = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_' + b'\x60{|}~'
_A85_OPEN = b'<~'
_A85_CLOSE = b'~>'


def _decodable(given):
    # What the decoders accept: a bytes-like object or a str of ASCII characters.
    if isinstance(given, str):
        if not given.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return given.encode('ascii')
    if isinstance(given, (bytes, bytearray, memoryview)):
        return bytes(given)
    raise TypeError(f'argument should be a bytes-like object or ASCII string, not {given.__class__.__name__!r}')


def _encodable(given):
    # What the Base32/Base85 encoders accept: a bytes-like object.
    if isinstance(given, (bytes, bytearray, memoryview)):
        return bytes(given)
    raise TypeError(f"memoryview: a bytes-like object is required, not '{type(given).__name__}'")


def _mime_input(given):
    if not isinstance(given, bytes_types):
        raise TypeError(f'expected bytes-like object, not {given.__class__.__name__}')
    return given


# -- Base64 ------------------------------------------------------------------

def b64encode(s, altchars=None):
    '''Encode a bytes-like object with Base64; altchars replaces '+' and '/'.'''
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    assert len(altchars) == 2, repr(altchars)
    return text.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    '''Decode Base64 data; with validate, characters outside the alphabet are an error.'''
    data = _decodable(s)
    if altchars is not None:
        alt = _decodable(altchars)
        assert len(alt) == 2, repr(alt)
        data = data.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    '''Encode with the standard Base64 alphabet.'''
    return b64encode(s)


def standard_b64decode(s):
    '''Decode with the standard Base64 alphabet.'''
    return b64decode(s)


def urlsafe_b64encode(s):
    '''Encode with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/').'''
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    '''Decode with the URL- and filesystem-safe alphabet.'''
    return b64decode(_decodable(s).translate(_FROM_URLSAFE))


def encodebytes(s):
    '''Base64 in lines of at most MAXLINESIZE characters, each ending in a newline.'''
    data = _mime_input(s)
    return b''.join(binascii.b2a_base64(data[at:at + MAXBINSIZE])
                    for at in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    '''Decode Base64 lines made by encodebytes.'''
    return binascii.a2b_base64(_mime_input(s))


def encode(input, output):
    '''Base64-encode the binary file input into the binary file output, line by line.'''
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    '''Decode the Base64 lines of the binary file input into the binary file output.'''
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


# -- Base32 ------------------------------------------------------------------

_B32_PAD = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}  # input bytes in the last group -> '=' added
_B32_KEEP = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}  # '=' seen -> bytes the last group holds


def _to_base32(digits, s):
    data = _encodable(s)
    extra = len(data) % 5
    data += bytes(-len(data) % 5)
    out = bytearray()
    for at in range(0, len(data), 5):
        group = int.from_bytes(data[at:at + 5], 'big')
        out += bytes(digits[group >> shift & 31] for shift in range(35, -1, -5))
    pads = _B32_PAD[extra]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _from_base32(digits, s, casefold, map01):
    data = _decodable(s)
    if len(data) % 8:
        raise _Error('Incorrect padding')
    if map01 is not None:
        one = _decodable(map01)
        assert len(one) == 1, repr(one)
        data = data.translate(bytes.maketrans(b'01', b'O' + one))
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    pads = len(data) - len(body)
    value = {c: i for i, c in enumerate(digits)}
    out = bytearray()
    group = 0
    for at in range(0, len(body), 8):
        group = 0
        for ch in body[at:at + 8]:
            digit = value.get(ch)
            if digit is None:
                raise _Error('Non-base32 digit found')
            group = group << 5 | digit
        out += group.to_bytes(5, 'big')
    if pads not in _B32_KEEP:
        raise _Error('Incorrect padding')
    if pads and out:
        out[-5:] = (group << 5 * pads).to_bytes(5, 'big')[:_B32_KEEP[pads]]
    return bytes(out)


def b32encode(s):
    '''Encode a bytes-like object with Base32.'''
    return _to_base32(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    '''Decode Base32; casefold accepts lowercase, map01 says what the digit 1 stands for.'''
    return _from_base32(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    '''Encode with the Extended Hex Base32 alphabet (RFC 4648).'''
    return _to_base32(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    '''Decode with the Extended Hex Base32 alphabet.'''
    return _from_base32(_B32_HEX, s, casefold, None)


# -- Base16 ------------------------------------------------------------------

def b16encode(s):
    '''Encode a bytes-like object as uppercase hexadecimal.'''
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    '''Decode uppercase hexadecimal (any case when casefold is true).'''
    data = _decodable(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b'0123456789ABCDEF'):
        raise _Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# -- Ascii85 and Base85 --------------------------------------------------------

def _to_base85(data, digits, pad, zero_z=False, space_y=False):
    # Big-endian 32-bit words, each as five base-85 digits (most significant first).
    short = -len(data) % 4
    data += bytes(short)
    out = []
    for at in range(0, len(data), 4):
        word = int.from_bytes(data[at:at + 4], 'big')
        if zero_z and word == 0:
            out.append(b'z')
        elif space_y and word == 0x20202020:
            out.append(b'y')
        else:
            five = bytearray(5)
            for place in range(4, -1, -1):
                word, five[place] = divmod(word, 85)
            out.append(bytes(digits[d] for d in five))
    if short and not pad:
        if out[-1] == b'z':
            out[-1] = digits[:1] * 5
        out[-1] = out[-1][:-short]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    '''Encode with Ascii85 (btoa style; adobe=True frames it in <~ ~>).'''
    text = _to_base85(_encodable(b), bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[at:at + width] for at in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_CLOSE
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    '''Decode Ascii85 data (adobe=True expects the <~ ~> frame).'''
    data = _decodable(b)
    if adobe:
        if not data.endswith(_A85_CLOSE):
            raise ValueError(f'Ascii85 encoded byte sequences must end with {_A85_CLOSE!r}')
        data = data[2:-2] if data.startswith(_A85_OPEN) else data[:-2]
    out = bytearray()
    group = []
    for ch in data + b'uuuu':
        if 33 <= ch <= 117:
            group.append(ch - 33)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + d
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group.clear()
        elif ch == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and ch == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif ch not in ignorechars:
            raise ValueError(f'Non-Ascii85 digit found: {chr(ch)}')
    unused = 4 - len(group)
    return bytes(out[:-unused] if unused else out)


def b85encode(b, pad=False):
    '''Encode with Base85 (the alphabet of git and Mercurial binary diffs).'''
    return _to_base85(_encodable(b), _B85_DIGITS, pad)


def b85decode(b):
    '''Decode Base85 data.'''
    data = _decodable(b)
    value = {c: i for i, c in enumerate(_B85_DIGITS)}
    short = -len(data) % 5
    data += b'~' * short
    out = bytearray()
    for at in range(0, len(data), 5):
        word = 0
        for offset, ch in enumerate(data[at:at + 5]):
            digit = value.get(ch)
            if digit is None:
                raise ValueError(f'bad base85 character at position {at + offset}')
            word = word * 85 + digit
        if word > 0xFFFFFFFF:
            raise ValueError(f'base85 overflow in hunk starting at byte {at}')
        out += word.to_bytes(4, 'big')
    return bytes(out[:-short] if short else out)
`;
