// `_fileio`: file objects on the run's in-memory file system (vfs-py.ts), which it puts
// into io (io imports it last, and it works imported first as well): FileIO (raw), BufferedReader / BufferedWriter / BufferedRandom and TextIOWrapper, and
// open(). It follows the behaviour of CPython 3.11's _io types where a program can see it:
// reprs, modes, error types and messages, and buffering — data a write leaves in a buffer
// is not in the file until a flush (TextIOWrapper gathers up to 8192 bytes, the buffered
// layer holds up to its buffer size: st_blksize, 4096), and a file object freed unclosed is
// flushed then.

/** Python source of `_fileio`. */
export const FILEIO_PY = String.raw`
'''Files of the in-memory file system: the raw, buffered and text layers, and open().'''
import _vfs
import io as _io
from operator import index as _operator_index
from io import (IOBase, RawIOBase, BufferedIOBase, TextIOBase, UnsupportedOperation,
                DEFAULT_BUFFER_SIZE, _count)

_CLOSED = 'I/O operation on closed file'
_NEWLINES = (None, '', '\n', '\r', '\r\n')
_WITHOUT_BOM = {'utf-8-sig': 'utf-8', 'utf8-sig': 'utf-8', 'utf-16': 'utf-16-le', 'utf16': 'utf-16-le',
                'utf-32': 'utf-32-le', 'utf32': 'utf-32-le'}


def _closed(message=_CLOSED + '.'):
    raise ValueError(message)


def _as_bytes(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


_OPEN_FLAGS = {'r': 0, 'w': _vfs.O_CREAT | _vfs.O_TRUNC, 'x': _vfs.O_CREAT | _vfs.O_EXCL,
               'a': _vfs.O_CREAT | _vfs.O_APPEND}
_ACCESS = {'r': _vfs.O_RDONLY, 'w': _vfs.O_WRONLY, 'x': _vfs.O_WRONLY, 'a': _vfs.O_WRONLY}


def _raw_mode(mode):
    # FileIO's mode string as (one of r/w/x/a, whether '+' is in it).
    letters = set(mode)
    if len(letters) != len(mode) or not letters <= set('rwxab+'):
        raise ValueError(f'invalid mode: {mode}')
    kinds = letters & set('rwxa')
    if len(kinds) != 1:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    return kinds.pop(), '+' in letters


def _want_str(value, what, owner, optional=True):
    # The TypeError of a C argument clinic for a str (or None) parameter.
    if isinstance(value, str) or optional and value is None:
        return
    allowed = 'str or None' if optional else 'str'
    raise TypeError(f"{owner}() argument '{what}' must be {allowed}, not {type(value).__name__}")


def _path_arg(file, accepted):
    # A file argument of an accepted type, or the fspath of a path-like object.
    if isinstance(file, accepted):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        file = fspath(file)
        if isinstance(file, (str, bytes)):
            return file
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')


def _kind(obj):
    # The type's tp_name as reprs show it: '_io.X' for the built-in classes, else the name.
    cls = type(obj)
    return '_io.' + cls.__name__ if cls.__module__ == '_io' else cls.__name__


def _finish(obj):
    # What CPython's iobase finalizer does: close (flushing) a file nobody closed.
    try:
        if not obj.closed:
            obj.close()
    except Exception:
        pass


class FileIO(RawIOBase):
    '''Unbuffered bytes on a file of the in-memory file system.'''

    _fd = -1
    _opened = None

    def __init__(self, file, mode='r', closefd=True, opener=None):
        _want_str(mode, 'mode', 'FileIO', False)
        if type(file) is float:
            raise TypeError('integer argument expected, got float')
        kind, plus = _raw_mode(mode)
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._created = kind == 'x'
        self._appending = kind == 'a'
        flags = _OPEN_FLAGS[kind] | (_vfs.O_RDWR if plus else _ACCESS[kind])
        if isinstance(file, int):
            fd = self._adopt(file)
        else:
            file = _path_arg(file, (str, bytes))
            fd = self._create(file, flags, closefd, opener)
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            _vfs.lseek(fd, 0, 2)

    def _adopt(self, fd):
        # A descriptor the caller already has.
        if fd < 0:
            raise ValueError('negative file descriptor')
        self._opened = _vfs.descriptor(fd)
        return fd

    def _create(self, file, flags, closefd, opener):
        # A new descriptor on the named file (through opener when given).
        if not closefd:
            raise ValueError('Cannot use closefd=False with file name')
        if opener is None:
            fd = _vfs.open(file, flags, 0o666)
        else:
            fd = opener(file, flags)
            if type(fd) is not int and not isinstance(fd, int):
                raise TypeError('expected integer from opener')
            if fd < 0:
                raise ValueError(f'opener returned {fd}')
        self._opened = _vfs.descriptor(fd)
        if self._opened.node.kind == _vfs.S_IFDIR:
            _vfs.close(fd)
            _vfs.fail(21, file)
        return fd

    def __del__(self):
        _finish(self)

    def __repr__(self):
        kind = _kind(self)
        if self._fd < 0:
            return f'<{kind} [closed]>'
        return f'<{kind} name={self.name!r} mode={self.mode!r} closefd={self._closefd}>'

    @property
    def closed(self):
        return self._fd < 0

    def _gone(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _live(self):
        if self._fd < 0:
            _closed(_CLOSED)

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _vfs.table.pop(fd, None)

    def fileno(self):
        self._live()
        return self._fd

    def readable(self):
        self._live()
        return self._readable

    def writable(self):
        self._live()
        return self._writable

    def seekable(self):
        self._live()
        return True

    def isatty(self):
        self._live()
        return False

    def _direction(self, allowed, verb):
        self._live()
        if not allowed:
            raise UnsupportedOperation(f'File not open for {verb}')

    def read(self, size=-1):
        self._direction(self._readable, 'reading')
        return _vfs.read_at(self._opened, _count(size))

    def readall(self):
        self._live()
        return _vfs.read_at(self._opened, -1)

    def readinto(self, buffer):
        got = self.read(len(buffer))
        buffer[:len(got)] = got
        return len(got)

    def readline(self, size=-1):
        self._live()
        limit = _count(size)
        opened = self._opened
        data = opened.node.data
        end = data.find(b'\n', opened.pos)
        end = len(data) if end < 0 else end + 1
        if limit >= 0:
            end = min(end, opened.pos + limit)
        return self.read(max(0, end - opened.pos))

    def write(self, b):
        self._direction(self._writable, 'writing')
        return _vfs.write_at(self._opened, _as_bytes(b))

    def seek(self, pos, whence=0):
        if type(pos) is float:
            raise TypeError('an integer is required')
        self._live()
        return _vfs.lseek(self._fd, pos, whence)

    def tell(self):
        self._live()
        return self._opened.pos

    def truncate(self, size=None):
        self._direction(self._writable, 'writing')
        size = self._opened.pos if size is None else size
        _vfs.resize(self._opened.node, size)
        return size

    def flush(self):
        if self._fd < 0:
            _closed()


class _Layer:
    # What the buffered classes share: a raw stream below, a write buffer in front of it.

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size < 1:
            raise ValueError('buffer size must be strictly positive')
        self.raw, self._size, self._pending = raw, buffer_size, bytearray()
        # Asked once: the hot paths below test these flags, not the raw stream's methods.
        self._raw_reads = raw.readable()
        self._raw_writes = raw.writable()
        self._plain_raw = type(raw) is FileIO

    def _gone(self):
        raw = self.raw
        if raw is None:
            raise ValueError('raw stream has been detached')
        return raw._fd < 0 if self._plain_raw else raw.closed

    def __del__(self):
        _finish(self)

    def __repr__(self):
        kind = _kind(self)
        try:
            name = self.name
        except Exception:
            return f'<{kind}>'
        return f'<{kind} name={name!r}>'

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    read1 = readline = readinto = read

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def _drain(self):
        if self._pending:
            data = bytes(self._pending)
            del self._pending[:]
            self.raw.write(data)

    def flush(self):
        if self._gone():
            _closed('flush of closed file')
        self._drain()

    def close(self):
        if self._gone():
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def _put(self, b):
        # CPython's BufferedWriter: data that fits joins the buffer; otherwise the buffer is
        # written out, then data larger than the buffer goes straight to the raw file.
        if self._gone():
            _closed('write to closed file')
        data = _as_bytes(b)
        if not self._raw_writes:
            raise UnsupportedOperation('write')
        if len(self._pending) + len(data) <= self._size:
            self._pending += data
        else:
            self._drain()
            if len(data) > self._size:
                self.raw.write(data)
            else:
                self._pending += data
        return len(data)

    def _get(self, size=-1):
        if self._gone():
            _closed('read of closed file')
        limit = _count(size)
        if limit < -1:
            raise ValueError('read length must be non-negative or -1')
        if not self._raw_reads:
            raise UnsupportedOperation('read')
        self._drain()
        return self.raw.read(limit)

    def _line(self, size=-1):
        if self._gone():
            _closed('readline of closed file')
        self._drain()
        return self.raw.readline(size)

    def seek(self, pos, whence=0):
        if self.raw.closed:
            _closed('seek of closed file')
        if whence not in (0, 1, 2, 3, 4):
            raise ValueError(f'whence value {whence} unsupported')
        self._drain()
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() + len(self._pending)

    def truncate(self, pos=None):
        raw = self.raw
        if raw.closed:
            _closed('truncate of closed file')
        if not raw.writable():
            raise UnsupportedOperation('truncate')
        self._drain()
        return raw.truncate(pos)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")


class _Reading:
    # The reading half of BufferedReader and BufferedRandom.

    def read(self, size=-1):
        return self._get(size)

    def read1(self, size=-1):
        return self._get(size)

    def peek(self, size=0):
        rest = self._get(-1)
        self.raw.seek(-len(rest), 1)
        return rest[:max(size, DEFAULT_BUFFER_SIZE)]

    def readinto(self, buffer):
        got = self._get(len(buffer))
        buffer[:len(got)] = got
        return len(got)

    readinto1 = readinto

    def readline(self, size=-1):
        return self._line(size)

    def __next__(self):
        line = self._line()
        if line:
            return line
        raise StopIteration


class _Writing:
    # The writing half of BufferedWriter and BufferedRandom.

    def write(self, b):
        return self._put(b)


class BufferedReader(_Reading, _Layer, BufferedIOBase):
    '''Buffered reading of a raw stream.'''


class BufferedWriter(_Writing, _Layer, BufferedIOBase):
    '''Buffered writing to a raw stream.'''


class BufferedRandom(_Reading, _Writing, _Layer, BufferedIOBase):
    '''Buffered reading and writing of a seekable raw stream.'''


def _from_raw(name):
    # A buffered-class method that asks the raw stream.
    def asked(self):
        return getattr(self.raw, name)()
    asked.__name__ = asked.__qualname__ = name
    return asked


for _cls, _names in ((_Layer, ('fileno', 'isatty', 'seekable')), (BufferedReader, ('readable',)),
                     (BufferedWriter, ('writable',)), (BufferedRandom, ('readable', 'writable'))):
    for _name in _names:
        setattr(_cls, _name, _from_raw(_name))


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
    file = _path_arg(file, (str, bytes, int))
    _want_str(mode, 'mode', 'open', False)
    buffering = _operator_index(buffering)
    for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        _want_str(value, what, 'open')
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
