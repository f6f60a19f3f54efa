// The codecs module's StreamWriter / StreamReader / StreamReaderWriter and the incremental
// encoders and decoders of the text codecs (sequences split across chunks held back, BOMs
// written and read once, CPython's errors), following the behaviour of CPython 3.11.

/** Python source of the codecs module's stream and incremental codecs (run last). */
export const CODECS_STREAM_PY = String.raw`

# ---- stream codecs ---------------------------------------------------------------

class _OverStream:
    # What the stream classes share: the stream and error handler, the stream's other
    # attributes, and closing it at the end of a with block.
    def __init__(self, stream, errors='strict'):
        vars(self).update(stream=stream, errors=errors)

    def __getattr__(self, name):
        return getattr(vars(self)['stream'], name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class StreamWriter(_OverStream, Codec):
    """Encodes what is written to it onto a byte stream (subclasses supply encode)."""

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        joined = ''.join(list)
        self.write(joined)

    def reset(self):
        self._encoder = None


class StreamReader(_OverStream, Codec):
    """Decodes what is read from a byte stream (subclasses supply decode)."""

    _incremental = None  # the codec's IncrementalDecoder class, when it has one
    _pending = b''
    _text = ''
    _decoder = None

    def _fill(self, want):
        # Decode until the text buffer holds 'want' characters (all of it for want < 0).
        while want < 0 or len(self._text) < want:
            chunk = self.stream.read() if want < 0 else self.stream.read(max(want, 72))
            if self._incremental is not None:
                self._decoder = self._decoder or self._incremental(self.errors)
                self._text += self._decoder.decode(chunk or b'', final=not chunk)
            else:
                data = self._pending + (chunk or b'')
                try:
                    text, used = self.decode(data, self.errors)
                except UnicodeDecodeError as problem:
                    if not (chunk and problem.end == len(data)):
                        raise
                    text, used = self.decode(data[:problem.start], self.errors)
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


class StreamReaderWriter(_OverStream):
    """A reader and a writer over one stream (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        _OverStream.__init__(self, stream, errors)
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def __iter__(self):
        return self.reader


def _forward(side, method):
    def call(self, *args):
        return getattr(getattr(self, side), method)(*args)
    call.__name__ = method
    return call


for _method, _side in (('read', 'reader'), ('readline', 'reader'), ('readlines', 'reader'),
                       ('write', 'writer'), ('writelines', 'writer')):
    setattr(StreamReaderWriter, _method, _forward(_side, _method))
del _method, _side


class StreamRecoder:
    """Not provided by pymm."""

    def __init__(self, *unused, **unused_options):
        raise NotImplementedError("codecs.StreamRecoder is not available in pymm")


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
        _first = True  # no BOM written yet

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

        setstate = lambda self, state: setattr(self, '_first', bool(state))

    class IncrementalDecoder(globals()['IncrementalDecoder']):
        buffer = b''
        _codec = None if with_bom else codec  # chosen by the first bytes when None

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
                    except UnicodeDecodeError as bad:
                        # Positions count from the start of the input, BOM included.
                        raise UnicodeDecodeError(bad.encoding, data, bad.start + skip,
                                                 bad.end + skip, bad.reason) from None
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
                    except UnicodeDecodeError as seen_whole:
                        if seen_whole.start < len(head):
                            raise seen_whole from None
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

        setstate = lambda self, state: setattr(self, 'buffer', state[0])

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


`;
