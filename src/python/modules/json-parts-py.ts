// The json package's submodules json.decoder, json.encoder and json.scanner in Python: the
// names CPython's modules export (scanstring, encode_basestring(_ascii), make_scanner, …)
// over the natives of json.ts, so code reaching into the submodules finds them.

/** Python source of json.decoder. */
export const JSON_DECODER_PY = String.raw`
'''Implementation of JSONDecoder'''
from json import JSONDecoder, JSONDecodeError, _scan_once

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


def scanstring(s, end, strict=True):
    '''The str of the JSON string literal whose body starts at s[end] (just past the opening
    quote), with the index just past its closing quote.'''
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s' % type(s).__name__)
    if end < 0 or end > len(s):
        raise ValueError('end is out of bounds')
    found = _scan_once('"' + s[end:], 0, strict, None, None, None, None, None)
    if len(found) == 3:
        raise JSONDecodeError(found[1], s, found[2] - 1 + end) from None
    return found[0], found[1] - 1 + end


py_scanstring = c_scanstring = scanstring
`;

/** Python source of json.encoder. */
export const JSON_ENCODER_PY = String.raw`
'''Implementation of JSONEncoder'''
from json import JSONEncoder, _encode_str

INFINITY = float('inf')


def encode_basestring(s):
    '''The JSON string literal of the str s, non-ASCII characters kept.'''
    return _encode_str(s, False)


def encode_basestring_ascii(s):
    '''The JSON string literal of the str s, in ASCII only.'''
    return _encode_str(s, True)


py_encode_basestring = c_encode_basestring = encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii = encode_basestring_ascii
c_make_encoder = None
`;

/** Python source of json.scanner. */
export const JSON_SCANNER_PY = String.raw`
'''JSON token scanner'''
from json import _scan_once

__all__ = ['make_scanner']


def make_scanner(context):
    '''A scan_once(string, idx) -> (value, end) reading the hooks and strictness of context
    (a JSONDecoder); StopIteration(idx) when no JSON value starts at idx.'''
    from json import JSONDecodeError

    def scan_once(string, idx):
        if idx < 0:
            raise StopIteration(idx)
        found = _scan_once(string, idx, context.strict, context.object_hook,
                           context.object_pairs_hook, context.parse_float, context.parse_int,
                           context.parse_constant)
        if len(found) == 3:
            if found[1] == 'Expecting value' and found[2] == idx:
                raise StopIteration(idx) from None
            raise JSONDecodeError(found[1], string, found[2]) from None
        return found
    return scan_once


py_make_scanner = c_make_scanner = make_scanner
`;
