// The codecs module in Python: the codec registry over pymm's built-in codecs (utf-8,
// utf-8-sig, ascii, latin-1, utf-16 and utf-32 with their -le/-be forms, which str.encode and
// bytes.decode implement natively), unicode_escape and raw_unicode_escape, and the
// bytes-to-bytes base64 / hex and str-to-str rot13 codecs; lookup (CodecInfo), encode, decode,
// incremental encoders and decoders (sequences split across chunks, BOMs once), StreamReader /
// StreamWriter / StreamReaderWriter and open, register / register_error / lookup_error, the
// error-handler functions, the per-codec functions (utf_8_encode …) and the BOM constants,
// following the behaviour of CPython 3.11's module. Handlers added with register_error are
// honoured by codecs.encode / codecs.decode, not by str.encode / bytes.decode.

/** Python source of the `codecs` module, run in the module's namespace. */
export const CODECS_PY = String.raw`"""Codec registry, lookup and helpers (the codecs pymm provides)."""

import sys as _sys

__all__ = """
    register lookup open EncodedFile BOM BOM_BE BOM_LE BOM32_BE BOM32_LE BOM64_BE BOM64_LE
    BOM_UTF8 BOM_UTF16 BOM_UTF16_LE BOM_UTF16_BE BOM_UTF32 BOM_UTF32_LE BOM_UTF32_BE
    CodecInfo Codec IncrementalEncoder IncrementalDecoder StreamReader StreamWriter
    StreamReaderWriter StreamRecoder getencoder getdecoder getincrementalencoder
    getincrementaldecoder getreader getwriter encode decode iterencode iterdecode
    strict_errors ignore_errors replace_errors xmlcharrefreplace_errors
    backslashreplace_errors namereplace_errors register_error lookup_error
""".split()

# The byte order marks: U+FEFF in each encoding.
BOM_UTF8 = '\ufeff'.encode('utf-8')
BOM_LE = BOM_UTF16_LE = BOM32_LE = '\ufeff'.encode('utf-16-le')
BOM_BE = BOM_UTF16_BE = BOM32_BE = '\ufeff'.encode('utf-16-be')
BOM_UTF32_LE = BOM64_LE = '\ufeff'.encode('utf-32-le')
BOM_UTF32_BE = BOM64_BE = '\ufeff'.encode('utf-32-be')
_LITTLE = _sys.byteorder == 'little'
BOM = BOM_UTF16 = BOM_LE if _LITTLE else BOM_BE
BOM_UTF32 = BOM_UTF32_LE if _LITTLE else BOM_UTF32_BE
del _LITTLE


class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, streamreader, streamwriter) plus named extras."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None, incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(info).update(name=name, encode=encode, decode=decode,
                          incrementalencoder=incrementalencoder,
                          incrementaldecoder=incrementaldecoder,
                          streamwriter=streamwriter, streamreader=streamreader)
        explicit = _is_text_encoding is not None
        if explicit:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            cls.__module__, cls.__qualname__, self.name, id(self))


def _subclass_must_define(self, input, *rest, **options):
    raise NotImplementedError


class Codec:
    """Base of stateless codecs: encode(input, errors) and decode(input, errors)."""

    encode = decode = _subclass_must_define


class _Incremental:
    def __init__(self, errors='strict'):
        self.errors = errors

    def reset(self):
        """Forget what earlier calls buffered."""

    def setstate(self, state):
        """Restore what getstate() returned."""


class IncrementalEncoder(_Incremental):
    """Base of encoders fed piece by piece: encode(input, final=False)."""

    encode = _subclass_must_define

    def __init__(self, errors='strict'):
        _Incremental.__init__(self, errors)
        self.buffer = ""

    def getstate(self):
        return 0


class IncrementalDecoder(_Incremental):
    """Base of decoders fed piece by piece: decode(input, final=False)."""

    decode = _subclass_must_define

    def getstate(self):
        return (b"", 0)


class StreamWriter(Codec):
    """Encodes what is written to it onto a byte stream (subclasses supply encode)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._encoder = None

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    """Decodes what is read from a byte stream (subclasses supply decode)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._pending = b''
        self._text = ''
        self._decoder = None

    _incremental = None  # the codec's IncrementalDecoder class, when it has one

    def _fill(self, want):
        # Decode until the text buffer holds 'want' characters (all of it for want < 0).
        while want < 0 or len(self._text) < want:
            chunk = self.stream.read() if want < 0 else self.stream.read(max(want, 72))
            if self._incremental is not None:
                if self._decoder is None:
                    self._decoder = self._incremental(self.errors)
                self._text += self._decoder.decode(chunk or b'', final=not chunk)
            else:
                data = self._pending + (chunk or b'')
                try:
                    text, used = self.decode(data, self.errors)
                except UnicodeDecodeError as err:
                    if not (chunk and err.end == len(data)):
                        raise
                    text, used = self.decode(data[:err.start], self.errors)
                self._pending = data[used:]
                self._text += text
            if not chunk:
                break

    def read(self, size=-1, chars=-1, firstline=False):
        want = chars if chars >= 0 else size
        self._fill(want)
        if want < 0 or want >= len(self._text):
            out, self._text = self._text, ''
        else:
            out, self._text = self._text[:want], self._text[want:]
        return out

    def readline(self, size=None, keepends=True):
        while True:
            lines = self._text.splitlines(True)
            # A line is complete when another follows it or it ends in a break other than a
            # lone '\r' (which a '\n' may still follow).
            if len(lines) > 1 or (lines and lines[0][-1] in '\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'):
                break
            before = len(self._text)
            self._fill(before + 72)
            if len(self._text) == before:
                break
        line = lines[0] if lines else ''
        self._text = self._text[len(line):]
        if not keepends and line:
            line = line.splitlines()[0] if line.splitlines() else ''
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._pending = b''
        self._text = ''
        self._decoder = None

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    """A reader and a writer over one stream (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __iter__(self):
        return self.reader

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamRecoder:
    """Not provided by pymm."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("codecs.StreamRecoder is not available in pymm")


# ---- error handlers ------------------------------------------------------------------

try:
    _TranslateError = UnicodeTranslateError
except NameError:  # not a pymm built-in
    class _TranslateError(UnicodeError):
        pass


def strict_errors(exc):
    """Raise the exception: the 'strict' handler."""
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")
    raise exc


def _check_handled(exc, kinds):
    if not isinstance(exc, kinds):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    """Skip the bad part: the 'ignore' handler."""
    _check_handled(exc, (UnicodeEncodeError, UnicodeDecodeError, _TranslateError))
    return ('', exc.end)


def replace_errors(exc):
    """'?' for each unencodable character, U+FFFD for undecodable bytes: the 'replace' handler."""
    _check_handled(exc, (UnicodeEncodeError, UnicodeDecodeError, _TranslateError))
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    mark = '?' if isinstance(exc, UnicodeEncodeError) else '\ufffd'
    return (mark * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    """&#N; for each unencodable character: the 'xmlcharrefreplace' handler."""
    _check_handled(exc, UnicodeEncodeError)
    bad = exc.object[exc.start:exc.end]
    return (''.join(['&#%d;' % ord(c) for c in bad]), exc.end)


def _escape(cp):
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def backslashreplace_errors(exc):
    """Python backslash escapes for the bad part: the 'backslashreplace' handler."""
    _check_handled(exc, (UnicodeEncodeError, UnicodeDecodeError, _TranslateError))
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join(['\\x%02x' % b for b in bad]), exc.end)
    return (''.join([_escape(ord(c)) for c in bad]), exc.end)


def namereplace_errors(exc):
    """Character-name escapes (else backslash escapes) for unencodable characters."""
    _check_handled(exc, UnicodeEncodeError)
    import unicodedata
    parts = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        parts.append('\\N{%s}' % name if name is not None else _escape(ord(c)))
    return (''.join(parts), exc.end)


def surrogateescape(exc):
    """Bytes 0x80-0xFF as U+DC80-U+DCFF and back: the 'surrogateescape' handler."""
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        if all(b >= 0x80 for b in bad[:4]):
            for k, b in enumerate(bad):
                if b < 0x80:
                    break
            else:
                k = len(bad)
            return (''.join([chr(0xdc00 + b) for b in bad[:max(k, 1)]]), exc.start + max(k, 1))
    elif isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exc
            out.append(ord(c) - 0xdc00)
        return (bytes(out), exc.end)
    else:
        _check_handled(exc, (UnicodeEncodeError, UnicodeDecodeError))
    raise exc


def surrogatepass(exc):
    """Lone surrogates encoded and decoded as if they were characters (UTF-8/16/32)."""
    _check_handled(exc, (UnicodeEncodeError, UnicodeDecodeError))
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        if all(0xd800 <= ord(c) <= 0xdfff for c in bad):
            return (bad.encode(exc.encoding, 'surrogatepass'), exc.end)
    raise exc


_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape,
    'surrogatepass': surrogatepass,
}
_BUILTIN_HANDLERS = frozenset(_handlers)


def register_error(name, handler, /):
    """Register handler (a callable taking the UnicodeError) under the error-handler name."""
    if isinstance(name, str):
        if callable(handler):
            _handlers[name] = handler
            return
        raise TypeError("handler must be callable")
    raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)


def lookup_error(name, /):
    """The error handler registered under name (LookupError if there is none)."""
    if isinstance(name, str):
        found = _handlers.get(name)
        if found is None:
            raise LookupError("unknown error handler name '%s'" % name)
        return found
    raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)


# ---- the codecs ------------------------------------------------------------------------

def _check_errors(errors, fname):
    if errors is None:
        return 'strict'
    if isinstance(errors, str):
        return errors
    raise TypeError("%s() argument 2 must be str or None, not %s" % (fname, type(errors).__name__))


def _apply_custom(handler, exc, pos_after):
    result = handler(exc)
    if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int)):
        kind = 'encoding' if isinstance(exc, UnicodeEncodeError) else 'decoding'
        raise TypeError("%s error handler must return (str/bytes, int) tuple" % kind)
    rep, pos = result
    if pos < 0:
        pos += pos_after
    if not 0 <= pos <= pos_after:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def _encode_with(text, name, errors):
    # str.encode knows the built-in handlers; a registered one is run here, piece by piece.
    if errors in _BUILTIN_HANDLERS or errors not in _handlers:
        return text.encode(name, errors)
    handler = _handlers[errors]
    out = bytearray()
    pos = 0
    while True:
        try:
            out += text[pos:].encode(name)
            return bytes(out)
        except UnicodeEncodeError as err:
            start = pos + err.start
            out += text[pos:start].encode(name)
            full = UnicodeEncodeError(err.encoding, text, start, pos + err.end, err.reason)
            rep, pos = _apply_custom(handler, full, len(text))
            out += rep if isinstance(rep, (bytes, bytearray)) else rep.encode(name)


def _decode_with(data, name, errors):
    if errors in _BUILTIN_HANDLERS or errors not in _handlers:
        return bytes(data).decode(name, errors)
    handler = _handlers[errors]
    data = bytes(data)
    parts = []
    pos = 0
    while True:
        try:
            parts.append(data[pos:].decode(name))
            return ''.join(parts)
        except UnicodeDecodeError as err:
            start = pos + err.start
            parts.append(data[pos:start].decode(name))
            full = UnicodeDecodeError(err.encoding, data, start, pos + err.end, err.reason)
            rep, pos = _apply_custom(handler, full, len(data))
            parts.append(rep)


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

# ---- incremental codecs --------------------------------------------------------------

def _utf8_tail(data):
    # How many bytes at the end of data begin a UTF-8 sequence that more bytes could complete.
    for back in (1, 2, 3):
        if back > len(data):
            break
        lead = data[-back]
        if 0x80 <= lead <= 0xbf:
            continue
        need = 2 if 0xc2 <= lead <= 0xdf else 3 if 0xe0 <= lead <= 0xef else 4 if 0xf0 <= lead <= 0xf4 else 0
        if back >= need:
            return 0
        if back >= 2:
            low, high = {0xe0: (0xa0, 0xbf), 0xed: (0x80, 0x9f), 0xf0: (0x90, 0xbf),
                         0xf4: (0x80, 0x8f)}.get(lead, (0x80, 0xbf))
            if not low <= data[-back + 1] <= high:
                return 0
        return back
    return 0


def _wide_tail(data, unit, big):
    # Bytes at the end of UTF-16/32 data that more bytes could complete.
    tail = len(data) % unit
    if unit == 2 and len(data) - tail >= 2:
        last = data[len(data) - tail - 2:len(data) - tail]
        high = last[0] if big else last[1]
        if 0xd8 <= high <= 0xdb:
            tail += 2
    return tail


def _make_incremental(codec, module):
    family = codec.replace('-le', '').replace('-be', '')
    with_bom = family in ('utf-16', 'utf-32', 'utf-8-sig') and codec == family

    class IncrementalEncoder(globals()['IncrementalEncoder']):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._first = True

        def encode(self, input, final=False):
            name = codec
            if with_bom and not self._first:
                name = 'utf-8' if codec == 'utf-8-sig' else codec + ('-le' if _sys.byteorder == 'little' else '-be')
            self._first = False
            return _encode_with(input, name, self.errors)

        def reset(self):
            self._first = True

        def getstate(self):
            return 2 if with_bom and self._first else 0

        def setstate(self, state):
            self._first = bool(state)

    class IncrementalDecoder(globals()['IncrementalDecoder']):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.reset()

        def decode(self, input, final=False):
            data = self.buffer + memoryview(input).tobytes()
            name = self._codec
            if name is None:
                name = self._choose(data, final)
                if name is None:
                    self.buffer = data
                    return ''
                if self._had_bom:
                    skip = len('\ufeff'.encode(name))
                    if codec == 'utf-8-sig':
                        return self._decode_rest(data[skip:], name, final)
                    try:
                        return self._decode_rest(data[skip:], name, final)
                    except UnicodeDecodeError as err:
                        # Positions count from the start of the input, BOM included.
                        raise UnicodeDecodeError(err.encoding, data, err.start + skip,
                                                 err.end + skip, err.reason) from None
            return self._decode_rest(data, name, final)

        def _decode_rest(self, data, name, final):
            keep = 0
            if not final:
                if name == 'utf-8':
                    keep = _utf8_tail(data)
                elif name[:4] == 'utf-':
                    keep = _wide_tail(data, 2 if name[4:6] == '16' else 4, name.endswith('-be'))
            head = data[:len(data) - keep]
            self.buffer = data[len(head):]
            try:
                return _decode_with(head, name, self.errors)
            except UnicodeDecodeError:
                if keep:
                    # An error just before the held-back bytes is reported as the whole shows it.
                    try:
                        data.decode(name)
                    except UnicodeDecodeError as whole:
                        if whole.start < len(head):
                            raise whole from None
                raise

        def _choose(self, data, final):
            # The first bytes decide the codec for the rest: a BOM (dropped) or the default.
            self._had_bom = False
            if codec == 'utf-8-sig':
                if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                    return None
                self._had_bom = data.startswith(BOM_UTF8)
                self._codec = 'utf-8'
                return self._codec
            for order in ('-le', '-be'):
                if data.startswith('\ufeff'.encode(codec + order)):
                    self._codec = codec + order
                    self._had_bom = True
                    return self._codec
            width = 2 if codec == 'utf-16' else 4
            if len(data) >= width:
                # Decoded first (its errors come first), then refused for the missing BOM.
                native = codec + ('-le' if _sys.byteorder == 'little' else '-be')
                _decode_with(data[:len(data) // width * width], native, self.errors)
                raise UnicodeError("%s stream does not start with BOM" % codec.upper())
            if not final:
                return None
            self._codec = codec + ('-le' if _sys.byteorder == 'little' else '-be')
            return self._codec

        def reset(self):
            self.buffer = b''
            self._codec = None if with_bom else codec

        def getstate(self):
            if not with_bom:
                return (self.buffer, 0)
            if self._codec is None:
                return (self.buffer, 1 if codec == 'utf-8-sig' else 2)
            if codec == 'utf-8-sig':
                return (self.buffer, 0)
            return (self.buffer, int((_sys.byteorder == 'big') != self._codec.endswith('-be')))

        def setstate(self, state):
            self.buffer = state[0]

    for cls in (IncrementalEncoder, IncrementalDecoder):
        cls.__module__ = 'encodings.' + module
        cls.__qualname__ = cls.__name__
    return IncrementalEncoder, IncrementalDecoder


def _make_streams(enc, dec, module, inc_enc, inc_dec):
    def encode(self, input, errors='strict'):
        # Through one incremental encoder per writer, so that a BOM is written once.
        if inc_enc is None:
            return enc(input, errors)
        if getattr(self, '_encoder', None) is None:
            self._encoder = inc_enc(errors)
        return (self._encoder.encode(input), len(input))

    reader = type('StreamReader', (StreamReader,), {
        'decode': lambda self, input, errors='strict': dec(input, errors),
        '_incremental': inc_dec, '__module__': 'encodings.' + module})
    writer = type('StreamWriter', (StreamWriter,), {
        'encode': encode, '__module__': 'encodings.' + module})
    return reader, writer


def _make_plain_incremental(enc, dec, module):
    encoder = type('IncrementalEncoder', (IncrementalEncoder,), {
        'encode': lambda self, input, final=False: enc(input, self.errors)[0],
        '__module__': 'encodings.' + module})
    decoder = type('IncrementalDecoder', (IncrementalDecoder,), {
        'decode': lambda self, input, final=False: dec(input, self.errors)[0],
        '__module__': 'encodings.' + module})
    return encoder, decoder


_search_functions = []
_cache = {}


def _normalize(encoding):
    # Lower case; every run of characters other than letters, digits and '.' becomes '_'.
    out = []
    gap = False
    for c in encoding.lower():
        if c == '.' or c.isalnum():
            if gap and out:
                out.append('_')
            out.append(c)
            gap = False
        else:
            gap = True
    return ''.join(out)


def register(search_function, /):
    """Add a search function: it takes a normalized encoding name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Remove a search function added with register()."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding, /):
    """The CodecInfo for encoding (LookupError when no codec is known by that name)."""
    if type(encoding) is not str and not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    found = _cache.get(key)
    if found is not None:
        return found
    for search in _search_functions:
        found = search(key)
        if found is not None:
            if not (isinstance(found, tuple) and len(found) == 4):
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = found
            return found
    norm = _normalize(key)
    norm = _ALIASES.get(norm, _ALIASES.get(norm.replace('.', '_'), norm))
    entry = _CODECS.get(norm)
    if entry is None:
        raise LookupError("unknown encoding: %s" % encoding)
    name, enc, dec, text = entry
    if norm in _WIDE_OR_UTF8:
        inc_enc, inc_dec = _make_incremental(_WIDE_OR_UTF8[norm], norm)
        reader, writer = _make_streams(enc, dec, norm, inc_enc, inc_dec)
    else:
        inc_enc, inc_dec = _make_plain_incremental(enc, dec, norm)
        reader, writer = _make_streams(enc, dec, norm, None, None)
    found = CodecInfo(enc, dec, reader, writer, inc_enc, inc_dec, name=name, _is_text_encoding=text)
    _cache[key] = found
    return found


_WRAPPABLE = (TypeError, ValueError, AttributeError, LookupError, IndexError, KeyError)


def _run_codec(fn, obj, errors, encoding, verb):
    try:
        result = fn(obj, errors)
    except Exception as exc:
        kind = type(exc)
        if (kind in _WRAPPABLE or kind.__module__ == 'binascii') and len(exc.args) <= 1 \
                and not getattr(exc, '__dict__', None):
            wrapped = kind("%s with '%s' codec failed (%s: %s)" % (verb, encoding, kind.__name__, exc))
            raise wrapped.with_traceback(exc.__traceback__) from exc
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % ('encoder' if verb == 'encoding' else 'decoder'))
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding (errors: the error handler's name)."""
    return _run_codec(lookup(encoding).encode, obj, errors, encoding, 'encoding')


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding (errors: the error handler's name)."""
    return _run_codec(lookup(encoding).decode, obj, errors, encoding, 'decoding')


def getencoder(encoding):
    """The encode function of the codec for encoding."""
    info = lookup(encoding)
    return info.encode


def getdecoder(encoding):
    """The decode function of the codec for encoding."""
    info = lookup(encoding)
    return info.decode


def _no_streams(what):
    def missing(*args, **kwargs):
        raise NotImplementedError("codecs.%s is not available in pymm" % what)
    missing.__name__ = what
    return missing


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of the codec for encoding."""
    found = lookup(encoding).incrementalencoder
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of the codec for encoding."""
    found = lookup(encoding).incrementaldecoder
    if found is None:
        raise LookupError(encoding)
    return found


def getreader(encoding):
    """The StreamReader class of the codec for encoding."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of the codec for encoding."""
    return lookup(encoding).streamwriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file whose text is read and written through a codec (a StreamReaderWriter)."""
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    stream = builtins.open(filename, mode, buffering)
    if encoding is None:
        return stream
    info = lookup(encoding)
    wrapped = StreamReaderWriter(stream, info.streamreader, info.streamwriter, errors)
    wrapped.encoding = encoding
    return wrapped


EncodedFile = _no_streams('EncodedFile')


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode each str from iterator (a generator of bytes)."""
    enc = lookup(encoding).encode
    for item in iterator:
        out = enc(item, errors)[0]
        if out:
            yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the joined bytes from iterator (a generator of str)."""
    data = b''.join(iterator)
    out = lookup(encoding).decode(data, errors)[0]
    if out:
        yield out
`;
