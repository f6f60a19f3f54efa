// The codecs module in Python: the codec registry over pymm's built-in codecs (utf-8,
// utf-8-sig, ascii, latin-1, utf-16 and utf-32 with their -le/-be forms, which str.encode and
// bytes.decode implement natively), unicode_escape and raw_unicode_escape, and the
// bytes-to-bytes base64 / hex and str-to-str rot13 codecs; lookup (CodecInfo), encode, decode,
// incremental encoders and decoders (sequences split across chunks, BOMs once), StreamReader /
// StreamWriter / StreamReaderWriter and open, register / register_error / lookup_error, the
// error-handler functions, the per-codec functions (utf_8_encode ...) and the BOM constants,
// following the behaviour of CPython 3.11's module. Handlers added with register_error are
// honoured by codecs.encode / codecs.decode, not by str.encode / bytes.decode. The codec
// functions and tables are in codecs-tables-py.ts, the incremental and stream codecs in
// codecs-stream-py.ts; the three run in that order in one namespace.

import { CODECS_STREAM_PY } from './codecs-stream-py.js';
import { CODECS_TABLES_PY } from './codecs-tables-py.js';

/** Python source of the `codecs` module, run in the module's namespace. */
export const CODECS_PY =
  String.raw`"""Codec registry, lookup and helpers (the codecs pymm provides)."""

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

` +
  CODECS_TABLES_PY +
  CODECS_STREAM_PY;
