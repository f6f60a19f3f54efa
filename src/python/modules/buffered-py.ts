// The buffered layer of `_fileio` (see fileio-py.ts, whose source this one continues):
// BufferedReader, BufferedWriter and BufferedRandom over a raw file. Writes follow CPython's
// BufferedWriter: data that fits joins the buffer, otherwise the buffer is written out and
// data larger than the buffer goes straight to the raw file; reads take what the raw file
// has (after writing out what is held), so a program sees the file as python3 shows it.

/** Python source of the buffered part of `_fileio`. */
export const BUFFERED_PY = String.raw`
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


`;
