// The `json` module's Python layer, run at `import json`: JSONDecodeError, the JSONDecoder
// and JSONEncoder classes, and dumps/dump/loads/load with their option handling, over the
// natives _scan_once, _encode and _encode_str (json.ts). It follows the behaviour of
// CPython 3.11's json package: the same output text, options, error messages and positions.

/** The Python source. */
export const JSON_PY = String.raw`
'''JSON (JavaScript Object Notation) encoding and decoding.'''

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_BLANKS = ' \t\n\r'


def _past_blanks(text, at):
    end = len(text)
    while at < end and text[at] in _BLANKS:
        at += 1
    return at


class JSONDecodeError(ValueError):
    '''ValueError subclass raised for malformed JSON, locating the fault in the document.'''

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = 1 + doc.count('\n', 0, pos)
        self.colno = pos - line_start
        super().__init__(f'{msg}: line {self.lineno} column {self.colno} (char {pos})')

    def __reduce__(self):
        return (type(self), (self.msg, self.doc, self.pos))


class JSONDecoder:
    '''Decodes JSON text into Python objects, with optional hooks for each kind of value.'''

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float, self.parse_int = parse_float, parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.memo = {}

    def decode(self, s):
        '''Return the Python value of the JSON document s (a str).'''
        value, stop = self.raw_decode(s, _past_blanks(s, 0))
        stop = _past_blanks(s, stop)
        if stop < len(s):
            raise JSONDecodeError('Extra data', s, stop)
        return value

    def raw_decode(self, s, idx=0):
        '''Decode one JSON value starting at s[idx]; return it with the index just past it.'''
        found = _scan_once(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                           self.parse_float, self.parse_int, self.parse_constant)
        if len(found) == 3:
            raise JSONDecodeError(found[1], s, found[2]) from None
        return found


class JSONEncoder:
    '''Turns Python values (dict, list, tuple, str, int, float, True, False, None) into JSON.'''

    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is None:
            if indent is not None:
                self.item_separator = ','  # no trailing blanks before the line breaks
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        '''Called for values JSON has no form for: return a serializable stand-in or raise.'''
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        '''The JSON text of o.'''
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        '''The JSON text of o as an iterable of strings.'''
        pad = self.indent
        if pad is not None and not isinstance(pad, str):
            pad = ' ' * pad
        text = _encode(o, self.default, self.ensure_ascii, pad, self.key_separator,
                       self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan,
                       self.check_circular)
        return [text]


_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, options, extra):
    # dumps/dump share one default encoder while every option keeps its default meaning.
    plain = (cls is None and not extra and not options['skipkeys'] and not options['sort_keys']
             and options['ensure_ascii'] and options['check_circular'] and options['allow_nan']
             and options['indent'] is None and options['separators'] is None
             and options['default'] is None)
    if plain:
        return _plain_encoder
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    '''Serialize obj to a JSON formatted str.'''
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder_for(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    '''Serialize obj as JSON into the writable file-like object fp.'''
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    for piece in _encoder_for(cls, options, kw).iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    '''Guess the Unicode encoding of JSON bytes from a byte order mark or the zero bytes.'''
    head = bytes(b[:4])
    if head in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if head[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16'
    if head[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    # Without a mark, the text starts with an ASCII character; its zero bytes tell the width.
    if len(head) >= 4:
        if head[0] == 0:
            return 'utf-32-be' if head[1] == 0 else 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le' if head[2] or head[3] else 'utf-32-le'
    elif len(head) == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    '''Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object.'''
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    hooks = dict(object_hook=object_hook, object_pairs_hook=object_pairs_hook,
                 parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant)
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _plain_decoder.decode(s)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    '''Deserialize the JSON document read from the file-like object fp.'''
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# As in CPython's package, importing json loads its submodules (json.decoder and the others).
for _part in ('decoder', 'scanner', 'encoder'):
    globals()[_part] = __import__('json.' + _part, fromlist=['JSONDecoder'])
del _part
`;
