// The io module in Python: StringIO and BytesIO (in-memory text and binary streams) with
// the IOBase protocol they share; pymm has no files, so there is no open()/FileIO.

/** Python source of the `io` module, run in the module's namespace. */
export const IO_PY = String.raw`
'''In-memory streams: StringIO and BytesIO.'''

__all__ = ['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'StringIO', 'BytesIO',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    '''The base class of streams: closing, context management and line iteration.'''

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._checkClosed()

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    '''What StringIO and BytesIO share: a buffer (str or bytes) and a position.'''

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            size = len(self._buf)
        start = min(self._pos, len(self._buf))
        r = self._buf[start:start + size]
        self._pos = start + len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        start = min(self._pos, len(self._buf))
        end = self._buf.find(self._nl, start)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def write(self, s):
        self._checkClosed()
        s = self._coerce(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._empty * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n


class StringIO(_MemoryIO, TextIOBase):
    '''Text I/O implementation using an in-memory buffer.'''

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    _nl = '\n'
    _empty = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._buf = ''
        self._pos = 0
        if initial_value is not None:
            self.write(initial_value)
            self._pos = 0

    def _coerce(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        return s

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryIO, BufferedIOBase):
    '''Buffered I/O implementation using an in-memory bytes buffer.'''

    _nl = b'\n'
    _empty = b'\0'

    def __init__(self, initial_bytes=None):
        self._buf = b''
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytes(initial_bytes)

    def _coerce(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(s)

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


StringIO.__module__ = BytesIO.__module__ = '_io'
`;
