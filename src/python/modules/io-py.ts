// The `io` module in Python: StringIO and BytesIO (text and binary streams in memory) and
// the IOBase classes they build on; open() and the file classes come from _fileio. It
// follows the behaviour of CPython 3.11's _io classes: positions, newline translation,
// return values and error messages (whose wording differs between the classes).

/** Python source of the `io` module, run in the module's namespace. */
export const IO_PY = String.raw`
'''Streams in memory: StringIO and BytesIO, with the IOBase protocol they share.'''

import operator as _operator

_index = _operator.index

__all__ = ['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'StringIO', 'BytesIO',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
           'open', 'open_code', 'text_encoding']

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192

_CLOSED = 'I/O operation on closed file'


class UnsupportedOperation(OSError, ValueError):
    pass


def _count(arg):
    # A size argument: an integer, or None for "no limit" (-1).
    if arg is None:
        return -1
    try:
        return _index(arg)
    except TypeError:
        raise TypeError(f"argument should be integer or None, not '{type(arg).__name__}'") from None


import abc as _abc


class IOBase(metaclass=_abc.ABCMeta):
    '''The root of the stream classes: closing, context management and line iteration.'''

    _shut = False

    @property
    def closed(self):
        return self._shut

    def close(self):
        self._shut = True

    def _ensure_open(self):
        if self.closed:
            raise ValueError(_CLOSED + '.')

    def __enter__(self):
        self._ensure_open()
        return self

    def __exit__(self, *details):
        self.close()

    def __iter__(self):
        self._ensure_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        '''Read lines until the end, or until their total length reaches hint.'''
        limit = _count(hint)
        if limit <= 0:
            return list(self)
        lines = []
        length = 0
        for line in self:
            lines.append(line)
            length += len(line)
            if length >= limit:
                break
        return lines

    def writelines(self, lines):
        '''Write each string of an iterable (no newlines are added).'''
        self._ensure_open()
        for line in lines:
            self.write(line)

    def flush(self):
        self._ensure_open()

    def isatty(self):
        self._ensure_open()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def fileno(self):
        raise UnsupportedOperation('fileno')


class RawIOBase(IOBase):
    '''Base class for unbuffered binary streams.'''


class BufferedIOBase(IOBase):
    '''Base class for buffered binary streams.'''

    def detach(self):
        raise UnsupportedOperation('detach')


class TextIOBase(IOBase):
    '''Base class for text streams.'''

    encoding = errors = newlines = None

    def detach(self):
        raise UnsupportedOperation('detach')


class _Memory:
    # What both memory streams keep: the content as pieces (appends at the end only add a
    # piece, so a run of writes costs no copying until the text is read) and a position.

    def _reset(self, nothing):
        self._nothing = nothing
        self._pieces = []
        self._size = 0
        self._pos = 0

    def _text(self):
        pieces = self._pieces
        if len(pieces) > 1:
            pieces[:] = [self._nothing.join(pieces)]
        return pieces[0] if pieces else self._nothing

    def _store(self, data):
        pos = self._pos
        size = self._size
        if pos >= size:
            if pos > size:
                self._pieces.append(self._filler * (pos - size))
            self._pieces.append(data)
            self._size = pos + len(data)
        else:
            whole = self._text()
            self._pieces = [whole[:pos] + data + whole[pos + len(data):]]
            self._size = max(size, pos + len(data))
        self._pos = pos + len(data)

    def _take(self, end):
        # The items from the position to end (at most to the content's end); a position
        # past the end stays where it is.
        start = self._pos
        if start >= self._size:
            return self._nothing
        end = max(start, min(end, self._size))
        self._pos = end
        return self._text()[start:end]

    def read(self, size=-1):
        '''Read up to size items (all of the rest when size is negative or None).'''
        limit = _count(size)
        self._live()
        return self._take(self._size if limit < 0 else self._pos + limit)

    def readline(self, size=-1):
        '''Read through the next line end (or up to size items).'''
        limit = _count(size)
        self._live()
        start = min(self._pos, self._size)
        end = self._line_end(self._text(), start)
        if limit >= 0:
            end = min(end, start + limit)
        return self._take(end)

    def getvalue(self):
        '''The whole content of the stream.'''
        self._live()
        return self._text()

    def tell(self):
        self._live()
        return self._pos

    def truncate(self, pos=None):
        '''Cut the content to pos items (default: the position); the position stays.'''
        size = self._pos if pos is None else _count(pos)
        self._live()
        if size < 0:
            raise ValueError(self._negative_size % size)
        if size < self._size:
            self._pieces = [self._text()[:size]]
            self._size = size
        return size

    def readable(self):
        self._live()
        return True

    def writable(self):
        self._live()
        return True

    def seekable(self):
        self._live()
        return True

    def __next__(self):
        self._live()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# IncrementalNewlineDecoder's report of the line ends seen, by the set of kinds (bits
# 1: LF, 2: CR, 4: CRLF).
_SEEN = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
         ('\r', '\n', '\r\n'))


class StringIO(_Memory, TextIOBase):
    '''Text I/O implementation using an in-memory buffer.'''

    _filler = '\0'
    _negative_size = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if not (newline is None or isinstance(newline, str)):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._kinds = 0
        self._reset('')
        if initial_value:
            self.write(initial_value)  # translated as any write
            self._pos = 0

    def __sizeof__(self):
        # sys.getsizeof gives CPython's 136: its stringio struct (120 bytes; the buffer is not
        # counted) and the GC head. This class's instances also carry the managed-dict
        # pre-header, which getsizeof adds as well, so 16 fewer here.
        return 104

    def _live(self):
        if self._shut:
            raise ValueError(_CLOSED)

    def _line_end(self, text, start):
        mode = self._newline
        if mode == '':
            # Any of \r, \n, \r\n ends a line, as written.
            cr = text.find('\r', start)
            lf = text.find('\n', start)
            if cr < 0 and lf < 0:
                return len(text)
            if cr < 0 or 0 <= lf < cr:
                return lf + 1
            return cr + 2 if text.startswith('\n', cr + 1) else cr + 1
        mark = '\n' if mode is None else mode
        found = text.find(mark, start)
        return len(text) if found < 0 else found + len(mark)

    def write(self, s):
        '''Write a string at the position; return its length.'''
        text = s
        if not isinstance(text, str):
            raise TypeError(f"string argument expected, got '{type(text).__name__}'")
        self._live()
        given = len(text)
        mode = self._newline
        if mode is None or mode == '':
            pairs = text.count('\r\n')
            if text.count('\n') > pairs:
                self._kinds |= 1
            if text.count('\r') > pairs:
                self._kinds |= 2
            if pairs:
                self._kinds |= 4
            if mode is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        elif mode != '\n':
            text = text.replace('\n', mode)
        if text:
            self._store(text)
        return given

    def seek(self, pos, whence=0):
        '''Move to pos (whence 0), or to the current position or the end with pos 0.'''
        pos = _index(pos)
        self._live()
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0 and whence == 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence and pos:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence:
            pos = self._pos if whence == 1 else self._size
        self._pos = pos
        return pos

    def flush(self):
        pass

    @property
    def newlines(self):
        if self._newline is None or self._newline == '':
            return _SEEN[self._kinds]
        return None

    @property
    def line_buffering(self):
        self._live()
        return False

    def __getstate__(self):
        self._live()
        return (self._text(), self._newline, self._pos, None)


class BytesIO(_Memory, BufferedIOBase):
    '''Buffered I/O implementation using an in-memory bytes buffer.'''

    _filler = b'\0'
    _negative_size = 'negative size value %d'

    def __init__(self, initial_bytes=None):
        self._reset(b'')
        if initial_bytes is None:
            return
        self._store(self._bytes_of(initial_bytes))
        self._pos = 0

    def _live(self):
        if self._shut:
            raise ValueError(_CLOSED + '.')

    @staticmethod
    def _bytes_of(obj):
        if isinstance(obj, (bytes, bytearray, memoryview)):
            return bytes(obj)
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")

    def _line_end(self, data, start):
        found = data.find(b'\n', start)
        return len(data) if found < 0 else found + 1

    def __iter__(self):
        return self

    def write(self, b):
        '''Write bytes at the position (past the end, the gap is zero-filled).'''
        self._live()
        data = self._bytes_of(b)
        if data:
            self._store(data)
        return len(data)

    def seek(self, pos, whence=0):
        '''Move to pos relative to the start (0), the position (1) or the end (2).'''
        pos = _index(pos)
        self._live()
        if pos < 0 and whence == 0:
            raise ValueError(f'negative seek value {pos}')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._size
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = max(pos, 0)
        return self._pos

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        '''Read into a writable buffer; return the number of bytes read.'''
        self._live()
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def _text(self):
        # The content as bytes (a buffer handed out by getbuffer() is a bytearray piece).
        whole = _Memory._text(self)
        return bytes(whole) if type(whole) is bytearray else whole

    def getbuffer(self):
        '''A writable memoryview of the content, shared with the stream until it grows.'''
        self._live()
        shared = bytearray(_Memory._text(self))
        self._pieces = [shared]
        return memoryview(shared)

    def __getstate__(self):
        self._live()
        return (self._text(), self._pos, None)


StringIO.__module__ = BytesIO.__module__ = '_io'


# The tp_names of CPython's C types (messages show '_io.StringIO').
for _cls in (StringIO, BytesIO):
    _set_tp_name(_cls, '_io.' + _cls.__name__)
del _cls, _set_tp_name

# Files on the run's in-memory file system: _fileio puts FileIO, open() ... into this module.
import _fileio
del _fileio

# The standard streams are native objects; like CPython's, they count as io's ABCs'.
import sys as _sys
for _stream in (_sys.__stdout__, _sys.__stderr__, _sys.__stdin__):
    if _stream is not None and not isinstance(_stream, IOBase):
        TextIOBase.register(type(_stream))
del _sys, _stream
`;
