// The text layer of `_fileio` (see fileio-py.ts, whose source this one continues):
// TextIOWrapper -- encoding with a byte order mark written once, newline translation,
// universal-newline reading, tell()/seek() cookies as byte offsets, CPython's 8192-byte
// pending chunk and line buffering -- and open(), which stacks FileIO, a buffered layer and
// TextIOWrapper as CPython 3.11's io.open does, with its argument checks and messages.

/** Python source of the text part of `_fileio` (run after the raw and buffered layers). */
export const TEXTIO_PY = String.raw`
def text_encoding(encoding, stacklevel=2):
    '''The encoding argument, or "locale" for None (what open() then uses).'''
    return encoding if encoding is not None else 'locale'


class TextIOWrapper(TextIOBase):
    '''Text on a buffered binary stream: decoding, encoding and newline translation.'''

    _buffer = None
    _chunk = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            _want_str(value, what, 'TextIOWrapper')
        if newline not in _NEWLINES:
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._waiting = []
        self._waiting_size = 0
        self._kinds = set()
        self._telling = True
        # Hot-path state: the buffer's closed test, its directions, the codec after a BOM.
        if isinstance(buffer, _Layer):
            self._gone = buffer._gone
        else:
            self._gone = lambda: buffer.closed
        self._can_read = buffer.readable()
        self._can_write = buffer.writable()
        self._bomless = _WITHOUT_BOM.get(encoding.lower().replace('_', '-'))

    def __del__(self):
        _finish(self)

    def __repr__(self):
        kind = _kind(self)
        parts = [f'<{kind}']
        try:
            parts.append(f' name={self.name!r}')
        except Exception:
            pass
        mode = self.__dict__.get('mode')
        if mode is not None:
            parts.append(f' mode={mode!r}')
        parts.append(f' encoding={self._encoding!r}>')
        return ''.join(parts)

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        if self._newline not in (None, '') or not self._kinds:
            return None
        seen = tuple(k for k in ('\r', '\n', '\r\n') if k in self._kinds)
        return seen[0] if len(seen) == 1 else seen

    def _live(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self._gone():
            _closed()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        self._send()
        if encoding is not None:
            self._encoding = encoding
            self._errors = 'strict' if errors is None else errors
        elif errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in _NEWLINES:
                raise ValueError(f'illegal newline value: {newline}')
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- writing ----------------------------------------------------------------------

    def _writing_codec(self):
        # A codec that starts with a byte order mark writes it only at the start of the file.
        if self._waiting or self._buffer.tell() > 0:
            return self._bomless
        return self._encoding

    def _send(self):
        # Hand the gathered bytes to the buffer (CPython's _textiowrapper_writeflush).
        if self._waiting:
            data = b''.join(self._waiting)
            self._waiting = []
            self._waiting_size = 0
            self._buffer.write(data)

    def write(self, s):
        self._live()
        if type(s) is not str and not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self._can_write:
            raise UnsupportedOperation('not writable')
        length = len(s)
        newline = self._newline
        lf = '\n' in s
        flush_now = self._line_buffering and (lf or '\r' in s)
        if lf and newline is not None and newline not in ('', '\n'):
            s = s.replace('\n', newline)
        codec = self._encoding if self._bomless is None else self._writing_codec()
        data = s.encode(codec, self._errors)
        if self._chunk is not None:
            self._chunk = None
        if self._waiting_size + len(data) > 8192:
            self._send()
        self._waiting.append(data)
        self._waiting_size += len(data)
        if self._waiting_size >= 8192 or flush_now or self._write_through:
            self._send()
        if flush_now:
            self._buffer.flush()
        return length

    def flush(self):
        self._live()
        self._telling = True
        self._send()
        self._buffer.flush()

    def close(self):
        if self._buffer is None or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    # -- reading ----------------------------------------------------------------------

    def _load(self):
        # Decode the rest of the file (from the buffer's position) into the chunk.
        if self._chunk is None:
            self._send()
            self._start = self._buffer.tell()
            data = self._buffer.read()
            text = data.decode(self._encoding, self._errors)
            self._chunk = text
            self._used = 0
            if self._newline is None or self._newline == '':
                if '\r\n' in text:
                    self._kinds.add('\r\n')
                if '\n' in text.replace('\r\n', ''):
                    self._kinds.add('\n')
                if '\r' in text.replace('\r\n', ''):
                    self._kinds.add('\r')
        return self._chunk

    def _take(self, end):
        text = self._chunk[self._used:end]
        self._used = end
        if self._newline is None and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _reading(self):
        self._live()
        if not self._can_read:
            raise UnsupportedOperation('not readable')

    def read(self, size=-1):
        self._live()
        limit = _count(size)
        self._reading()
        chunk = self._load()
        if limit < 0:
            return self._take(len(chunk))
        end = self._used + limit
        if self._newline is None:
            # A '\r\n' pair is one character of the result.
            end = self._used
            count = 0
            while count < limit and end < len(chunk):
                end += 2 if chunk.startswith('\r\n', end) else 1
                count += 1
        return self._take(min(end, len(chunk)))

    def _line_end(self, chunk, start):
        newline = self._newline
        if newline is None or newline == '':
            # A '\r' counts only before the next '\n' (so no search runs to the end).
            lf = chunk.find('\n', start)
            cr = chunk.find('\r', start, lf) if lf >= 0 else chunk.find('\r', start)
            if cr < 0:
                return len(chunk) if lf < 0 else lf + 1
            return cr + 2 if chunk.startswith('\n', cr + 1) else cr + 1
        found = chunk.find(newline, start)
        return len(chunk) if found < 0 else found + len(newline)

    def readline(self, size=-1):
        limit = -1 if size == -1 else _count(size)
        self._reading()
        chunk = self._load()
        end = self._line_end(chunk, self._used)
        if limit >= 0 and end - self._used > limit:
            if self._newline is None:
                return self.read(limit)
            end = self._used + limit
        return self._take(end)

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    def __iter__(self):
        self._live()
        return self

    # -- positions --------------------------------------------------------------------

    def tell(self):
        self._live()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self._send()
        self._buffer.flush()
        if self._chunk is None:
            return self._buffer.tell()
        return self._start + len(self._chunk[:self._used].encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._live()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._chunk = None
            self._telling = True
            return self._buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if isinstance(cookie, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        self._chunk = None
        self._telling = True
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._live()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._chunk = None
        return self._buffer.truncate(pos)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    '''Open file and return a stream.  Raise OSError upon failure.'''
    # (Argument Clinic checks the parameters' types before _io_open_impl reads the path.)
    _want_str(mode, 'mode', 'open', False)
    buffering = _operator_index(buffering)
    for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        _want_str(value, what, 'open')
    file = _path_arg(file, (str, bytes, int))
    if set(mode) - set('rwxabt+') or any(mode.count(c) > 1 for c in mode):
        raise ValueError(f'invalid mode: {mode!r}')
    binary = 'b' in mode
    if binary and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if sum(c in mode for c in 'rwxa') > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary:
        for what, value in (('an encoding', encoding), ('an errors', errors), ('a newline', newline)):
            if value is not None:
                raise ValueError(f"binary mode doesn't take {what} argument")
    if newline not in _NEWLINES:
        raise ValueError(f'illegal newline value: {newline}')
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    raw = FileIO(file, ''.join(c for c in mode if c not in 'bt'), closefd, opener=opener)
    try:
        line_buffering = buffering == 1
        if buffering == 1 or buffering < 0:
            # CPython sizes the buffer by the file's st_blksize (4096 here, as on ext4).
            buffering = _vfs.BLOCK_SIZE
        if buffering == 0:
            return raw
        if '+' in mode:
            layer = BufferedRandom(raw, buffering)
        elif 'r' in mode:
            layer = BufferedReader(raw, buffering)
        else:
            layer = BufferedWriter(raw, buffering)
        if binary:
            return layer
        text = TextIOWrapper(layer, encoding, errors, newline, line_buffering)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise


def open_code(path):
    '''Open a file for reading its bytes (as import would).'''
    return open(path, 'rb')


for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _cls.__module__ = '_io'
    _set_tp_name(_cls, '_io.' + _cls.__name__)
open.__module__ = 'io'
del _cls, _set_tp_name

for _name in ('FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
              'open', 'open_code', 'text_encoding'):
    setattr(_io, _name, globals()[_name])
del _name
`;
