// `_fileio`: file objects on the run's in-memory file system (vfs-py.ts), which it puts
// into io (io imports it last; imported first, it works as well). This part has FileIO (raw)
// and the helpers; buffered-py.ts continues the source with BufferedReader / BufferedWriter /
// BufferedRandom, textio-py.ts with TextIOWrapper and open(). It follows CPython 3.11's _io types where a program can
// see them: reprs, modes, error types and messages, and buffering -- data a write leaves in
// a buffer is not in the file until a flush (the buffered layer holds up to its buffer size,
// st_blksize: 4096), and a file object freed unclosed is flushed then.

import { BUFFERED_PY } from './buffered-py.js';
import { TEXTIO_PY } from './textio-py.js';

/** Python source of `_fileio`: the raw layer here, then the buffered and text parts. */
export const FILEIO_PY = `${String.raw`
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


`}${BUFFERED_PY}${TEXTIO_PY}`;
