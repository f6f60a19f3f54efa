// The codecs module's codecs: the per-codec functions over str.encode / bytes.decode
// (utf_8_encode ...), unicode_escape and raw_unicode_escape, the base64 / hex / rot13 codecs, and
// the table of codec names and aliases that codecs.lookup reads (codecs-py.ts), following the
// behaviour of CPython 3.11.

/** Python source of the codecs module's codec functions and tables (after codecs-py.ts's part). */
export const CODECS_TABLES_PY = String.raw`
def _text_codec(name, fname):
    def encode(input, errors=None):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (fname, type(input).__name__))
        return (_encode_with(input, name, _check_errors(errors, fname + '_encode')), len(input))

    def decode(input, errors=None, final=False):
        try:
            data = memoryview(input).tobytes()
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__) from None
        return (_decode_with(data, name, _check_errors(errors, fname + '_decode')), len(data))

    encode.__name__ = encode.__qualname__ = fname + '_encode'
    decode.__name__ = decode.__qualname__ = fname + '_decode'
    return encode, decode


utf_8_encode, utf_8_decode = _text_codec('utf-8', 'utf_8')
ascii_encode, ascii_decode = _text_codec('ascii', 'ascii')
latin_1_encode, latin_1_decode = _text_codec('latin-1', 'latin_1')
utf_16_encode, utf_16_decode = _text_codec('utf-16', 'utf_16')
utf_16_le_encode, utf_16_le_decode = _text_codec('utf-16-le', 'utf_16_le')
utf_16_be_encode, utf_16_be_decode = _text_codec('utf-16-be', 'utf_16_be')
utf_32_encode, utf_32_decode = _text_codec('utf-32', 'utf_32')
utf_32_le_encode, utf_32_le_decode = _text_codec('utf-32-le', 'utf_32_le')
utf_32_be_encode, utf_32_be_decode = _text_codec('utf-32-be', 'utf_32_be')
_utf_8_sig = _text_codec('utf-8-sig', 'utf_8_sig')


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _unescape(data, errors, raw):
    # unicode_escape (raw=False) and raw_unicode_escape (raw=True) decoding over latin-1 text.
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    text = bytes(data).decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if raw:
                out.append('\\')
                continue
            problem = '\\ at end of string'
            end = n
        else:
            c = text[i]
            width = {'x': 2, 'u': 4, 'U': 8}.get(c)
            if raw and c not in 'uU':
                out.append('\\')
                continue
            if width is not None:
                digits = text[i + 1:i + 1 + width]
                good = 0
                while good < len(digits) and digits[good] in '0123456789abcdefABCDEF':
                    good += 1
                if good == width:
                    cp = int(digits, 16)
                    i += 1 + width
                    if cp <= 0x10ffff:
                        out.append(chr(cp))
                        continue
                    problem = '\\Uxxxxxxxx out of range' if raw else 'illegal Unicode character'
                    end = i
                else:
                    problem = 'truncated \\%s%s escape' % (c, 'X' * width)
                    end = i + 1 + good
            elif not raw and c == 'N' and text[i + 1:i + 2] == '{' and '}' in text[i + 2:]:
                close = text.index('}', i + 2)
                import unicodedata
                try:
                    out.append(unicodedata.lookup(text[i + 2:close]))
                    i = close + 1
                    continue
                except KeyError:
                    problem = 'unknown Unicode character name'
                    end = close + 1
            elif not raw and c == 'N':
                problem = 'malformed \\N character escape'
                end = n if text[i + 1:i + 2] == '{' else i + 1
            elif c in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[c])
                i += 1
                continue
            elif c in '01234567':
                j = i
                while j < n and j < i + 3 and text[j] in '01234567':
                    j += 1
                out.append(chr(int(text[i:j], 8)))
                i = j
                continue
            else:
                out.append('\\' + c)
                i += 1
                continue
        exc = UnicodeDecodeError(codec, bytes(data), start, end, problem)
        rep, i = lookup_error(errors)(exc)
        out.append(rep)
    return ''.join(out)


def _escape_text(text, raw):
    out = []
    for c in text:
        cp = ord(c)
        if raw:
            out.append(c if cp < 0x100 else _escape(cp))
        elif c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif 0x20 <= cp < 0x7f:
            out.append(c)
        else:
            out.append(_escape(cp))
    return ''.join(out).encode('latin-1')


def _escape_codec(raw, fname):
    def encode(input, errors=None):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (fname, type(input).__name__))
        return (_escape_text(input, raw), len(input))

    def decode(input, errors=None, final=True):
        data = input.encode('utf-8') if isinstance(input, str) else memoryview(input).tobytes()
        return (_unescape(data, _check_errors(errors, fname + '_decode'), raw), len(data))

    encode.__name__ = encode.__qualname__ = fname + '_encode'
    decode.__name__ = decode.__qualname__ = fname + '_decode'
    return encode, decode


unicode_escape_encode, unicode_escape_decode = _escape_codec(False, 'unicode_escape')
raw_unicode_escape_encode, raw_unicode_escape_decode = _escape_codec(True, 'raw_unicode_escape')


def _bytes_codec(to_bytes, from_bytes):
    def encode(obj, errors='strict'):
        return (to_bytes(obj), len(obj))

    def decode(obj, errors='strict'):
        return (from_bytes(obj), len(obj))

    return encode, decode


def _bytes_like(data):
    # base64's own check: only objects with the buffer protocol.
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % type(data).__name__) from None


def _b64_encode(data):
    import binascii
    return binascii.b2a_base64(_bytes_like(data))


def _b64_decode(data):
    import binascii
    return binascii.a2b_base64(_bytes_like(data))


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


_ROT13 = str.maketrans('ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz',
                       'NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm')


def _rot13(text):
    return str.translate(text, _ROT13)


# normalized name -> (canonical name, encode, decode, is a text encoding)
_CODECS = {
    'utf_8': ('utf-8', utf_8_encode, utf_8_decode, True),
    'utf_8_sig': ('utf-8-sig', _utf_8_sig[0], _utf_8_sig[1], True),
    'ascii': ('ascii', ascii_encode, ascii_decode, True),
    'latin_1': ('iso8859-1', latin_1_encode, latin_1_decode, True),
    'utf_16': ('utf-16', utf_16_encode, utf_16_decode, True),
    'utf_16_le': ('utf-16-le', utf_16_le_encode, utf_16_le_decode, True),
    'utf_16_be': ('utf-16-be', utf_16_be_encode, utf_16_be_decode, True),
    'utf_32': ('utf-32', utf_32_encode, utf_32_decode, True),
    'utf_32_le': ('utf-32-le', utf_32_le_encode, utf_32_le_decode, True),
    'utf_32_be': ('utf-32-be', utf_32_be_encode, utf_32_be_decode, True),
    'unicode_escape': ('unicode-escape', unicode_escape_encode, unicode_escape_decode, True),
    'raw_unicode_escape': ('raw-unicode-escape', raw_unicode_escape_encode,
                           raw_unicode_escape_decode, True),
    'base64_codec': ('base64',) + _bytes_codec(_b64_encode, _b64_decode) + (False,),
    'hex_codec': ('hex',) + _bytes_codec(_hex_encode, _hex_decode) + (False,),
    'rot_13': ('rot-13',) + _bytes_codec(_rot13, _rot13) + (False,),
}

_WIDE_OR_UTF8 = {
    'utf_8': 'utf-8', 'utf_8_sig': 'utf-8-sig', 'ascii': 'ascii', 'latin_1': 'latin-1',
    'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16_be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
}

_ALIASES = {}
for _target, _names in [
    ('utf_8', 'cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4'),
    ('ascii', '646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 '
              'iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii'),
    ('latin_1', '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 '
                'iso_8859_1_1987 iso_ir_100 l1 latin latin1'),
    ('utf_16', 'u16 utf16'),
    ('utf_16_le', 'unicodelittleunmarked utf_16le'),
    ('utf_16_be', 'unicodebigunmarked utf_16be'),
    ('utf_32', 'u32 utf32'),
    ('utf_32_le', 'utf_32le'),
    ('utf_32_be', 'utf_32be'),
    ('base64_codec', 'base64 base_64'),
    ('hex_codec', 'hex'),
    ('rot_13', 'rot13'),
]:
    for _name in _names.split():
        _ALIASES[_name] = _target
del _target, _names, _name

`;
