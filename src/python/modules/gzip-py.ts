// The `gzip` module (pymm's own, over its zlib): one-shot compress/decompress, GzipFile over a
// file or a file object, open() in binary and text modes, BadGzipFile. A file opened for
// reading is decompressed whole at its first read (member after member, as CPython's reader
// reads them) and served from memory; one opened for writing streams through a compressobj.
// https://docs.python.org/3.11/library/gzip.html

/** Source of the gzip module. */
export const GZIP_PY = String.raw`
'''Read and write gzip files (RFC 1952): compress() and decompress() for bytes in memory,
GzipFile and open() for files.'''

import builtins as _builtins
import io
import os as _os
import struct as _struct
import time as _time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 1, 2
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
_LEVEL_FAST, _LEVEL_TRADEOFF, _LEVEL_BEST = 1, 6, 9
_TRUNCATED = 'Compressed file ended before the end-of-stream marker was reached'


class BadGzipFile(OSError):
    '''The data is not in gzip format, or is damaged.'''


def _xfl(level):
    # The header's "extra flags" byte: 2 for the best compression, 4 for the fastest.
    return 2 if level == _LEVEL_BEST else 4 if level == _LEVEL_FAST else 0


def _header(level, mtime, fname=b''):
    if mtime is None:
        mtime = _time.time()
    flags = FNAME if fname else 0
    head = _struct.pack('<BBBBLBB', 0x1F, 0x8B, 8, flags, int(mtime), _xfl(level), 255)
    return head + fname + b'\0' if fname else head


def _fname(path):
    # The header's FNAME: the file's base name in Latin-1 without '.gz' (none if not Latin-1).
    base = _os.path.basename(path)
    if isinstance(base, str):
        try:
            base = base.encode('latin-1')
        except UnicodeEncodeError:
            return b''
    return base[:-3] if base[-3:] == b'.gz' else base


class _Cursor:
    # Reads a bytes object front to back; running short of bytes is the truncated error.
    def __init__(self, data, at=0):
        self.data = data
        self.at = at

    def take(self, count):
        chunk = self.data[self.at:self.at + count]
        if len(chunk) < count:
            raise EOFError(_TRUNCATED)
        self.at += count
        return chunk

    def skip_string(self):
        end = self.data.find(b'\0', self.at)
        self.at = len(self.data) if end < 0 else end + 1


def _member_header(cursor):
    # Parses one member's header; returns its mtime, or None at the end of the data.
    magic = cursor.data[cursor.at:cursor.at + 2]
    if not magic:
        return None
    if magic != b'\x1f\x8b':
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    cursor.at += len(magic)
    method, flags, mtime = _struct.unpack('<BBIxx', cursor.take(8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        size, = _struct.unpack('<H', cursor.take(2))
        cursor.take(size)
    if flags & FNAME:
        cursor.skip_string()
    if flags & FCOMMENT:
        cursor.skip_string()
    if flags & FHCRC:
        cursor.take(2)
    return mtime


def _check_trailer(trailer, crc, size, detailed):
    # A member's 8-byte trailer: the CRC-32 and the length (mod 2**32) of its data. The
    # one-shot decompress() names no values in the CRC message; GzipFile's reader does.
    if len(trailer) < 8:
        raise EOFError(_TRUNCATED)
    want_crc, want_size = _struct.unpack('<II', trailer[:8])
    if want_crc != crc:
        raise BadGzipFile(f'CRC check failed {hex(want_crc)} != {hex(crc)}' if detailed
                          else 'CRC check failed')
    if want_size != size & 0xFFFFFFFF:
        raise BadGzipFile('Incorrect length of data produced')


def _members(data):
    # Decompresses every member of data. Zero bytes between members are padding.
    out = []
    cursor = _Cursor(data)
    while _member_header(cursor) is not None:
        stream = zlib.decompressobj(-zlib.MAX_WBITS)
        plain = stream.decompress(data[cursor.at:])
        if not stream.eof:
            raise EOFError(_TRUNCATED)
        trailer = stream.unused_data
        _check_trailer(trailer, zlib.crc32(plain), len(plain), False)
        out.append(plain)
        rest = trailer[8:]
        cursor = _Cursor(data, len(data) - len(rest.lstrip(b'\0')))
    return b''.join(out)


def compress(data, compresslevel=_LEVEL_BEST, *, mtime=None):
    '''Return data compressed into one gzip member (mtime: the header's time, default now).'''
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    size = memoryview(data).nbytes
    return (_header(compresslevel, mtime) + body
            + _struct.pack('<LL', zlib.crc32(data), size & 0xFFFFFFFF))


def decompress(data):
    '''Return the uncompressed bytes of every gzip member in data.'''
    return _members(bytes(data))


class GzipFile(io.BufferedIOBase):
    '''A gzip file, read or written as a binary stream.'''

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_LEVEL_BEST, fileobj=None,
                 mtime=None):
        # The mode is binary whatever its letters say; without one, the file object's own.
        if mode:
            if 't' in mode or 'U' in mode:
                raise ValueError(f'Invalid mode: {mode!r}')
            mode = mode if 'b' in mode else mode + 'b'
        asked = mode
        if fileobj is None:
            self.myfileobj = fileobj = _builtins.open(filename, mode or 'rb')
        # The name (for repr and the header's FNAME): the one given, else the file object's.
        name = _os.fspath(filename) if filename is not None else getattr(fileobj, 'name', '')
        self.name = name if isinstance(name, (str, bytes)) else ''
        self.fileobj = fileobj
        mode = mode or getattr(fileobj, 'mode', 'rb')
        filename = self.name
        if mode[:1] == 'r':
            self.mode = READ
            self._raw = None
            self.mtime = None
        elif mode[:1] in ('w', 'a', 'x'):
            if asked is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change in future '
                              'Python releases.  Specify the mode argument for opening it for '
                              'writing.', FutureWarning, 2)
            self.mode = WRITE
            self._crc = zlib.crc32(b'')
            self._size = 0
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            fileobj.write(_header(compresslevel, mtime, _fname(filename)))
        else:
            raise ValueError(f'Invalid mode: {mode!r}')

    def __repr__(self):
        inner = repr(self.fileobj)
        return f'<gzip {inner[1:-1]} {hex(id(self))}>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check(self, want, action):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')
        if self.mode != want:
            import errno
            raise OSError(errno.EBADF, f'{action}() on {"read" if want == WRITE else "write"}-only GzipFile object')

    # ---- writing

    def write(self, data):
        '''Compress data into the file; return the number of bytes taken.'''
        self._check(WRITE, 'write')
        if isinstance(data, (bytes, bytearray)):
            size = len(data)
        else:
            data = memoryview(data)
            size = data.nbytes
        if size > 0:
            self.fileobj.write(self._deflater.compress(data))
            self._size += size
            self._crc = zlib.crc32(data, self._crc)
        return size

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._deflater.flush())
                fileobj.write(_struct.pack('<LL', self._crc, self._size & 0xFFFFFFFF))
        finally:
            mine, self.myfileobj = self.myfileobj, None
            if mine is not None:
                mine.close()

    # ---- reading: members are decompressed as reads need them, never more than asked
    # (so the part of a damaged or truncated file before the damage reads as it should).

    def _restart(self):
        self._at = 0
        self._stream = None
        self._tail = b''
        self._out = bytearray()
        self._offset = 0
        self._ended = False

    def _reader(self):
        self._check(READ, 'read')
        if self._raw is None:
            self._raw = self.fileobj.read()
            self._restart()
        return self

    def _fill(self, want):
        # Decompresses until the buffer holds want bytes (want < 0: everything) or data ends.
        out = self._out
        while not self._ended and (want < 0 or len(out) < want):
            if self._stream is not None and self._stream.eof:
                # The member's deflate data ended at the last step: its trailer comes now.
                trailer = self._stream.unused_data
                _check_trailer(trailer, self._crc, self._size, True)
                self._at = len(self._raw) - len(trailer) + 8
                self._stream = None
            if self._stream is None:
                rest = self._raw[self._at:]
                skipped = len(rest) - len(rest.lstrip(b'\0')) if self._at else 0
                cursor = _Cursor(self._raw, self._at + skipped)
                mtime = _member_header(cursor)
                if mtime is None:
                    self._ended = True
                    break
                self.mtime = mtime
                self._at = cursor.at
                self._stream = zlib.decompressobj(-zlib.MAX_WBITS)
                self._tail = self._raw[cursor.at:]
                self._crc = zlib.crc32(b'')
                self._size = 0
            stream = self._stream
            piece = stream.decompress(self._tail, max(want - len(out), 0) if want >= 0 else 0)
            self._tail = stream.unconsumed_tail
            self._crc = zlib.crc32(piece, self._crc)
            self._size += len(piece)
            out += piece
            if not piece and not stream.eof and not self._tail:
                raise EOFError(_TRUNCATED)
        return out

    def _take(self, count):
        out = self._out
        chunk = bytes(out[:count])
        del out[:count]
        self._offset += len(chunk)
        return chunk

    def read(self, size=-1):
        self._reader()
        size = -1 if size is None else size
        have = len(self._fill(size))
        return self._take(have if size < 0 else size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._reader()
        return bytes(self._fill(max(n, 1)))

    def readline(self, size=-1):
        self._reader()
        size = -1 if size is None else size
        have = 0
        while True:
            out = self._out
            end = out.find(b'\n', have)
            if end >= 0:
                count = end + 1
                break
            have = len(out)
            if 0 <= size <= have or len(self._fill(have + 8192)) == have:
                count = len(out)
                break
        return self._take(count if size < 0 else min(count, size))

    def readinto(self, buffer):
        view = memoryview(buffer).cast('B')
        chunk = self.read(len(view))
        view[:len(chunk)] = chunk
        return len(chunk)

    def __iter__(self):
        self._reader()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def rewind(self):
        '''Go back to the start of the uncompressed data.'''
        self._reader()
        self._restart()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._size
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._size:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._size))
            return self._size
        self._reader()
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            offset += self._offset + len(self._fill(-1))
        elif whence != io.SEEK_SET:
            raise ValueError(f'Invalid value for whence: {whence}')
        if offset < self._offset:
            self._restart()
        while self._offset < offset:
            need = offset - self._offset
            self._fill(min(need, 1 << 20))
            if not self._take(need):
                break
        return self._offset

    def tell(self):
        if self.mode == WRITE:
            self._check(WRITE, 'tell')
            return self._size
        return self._reader()._offset

    def fileno(self):
        return self.fileobj.fileno()

    def __enter__(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_LEVEL_BEST, encoding=None, errors=None,
         newline=None):
    '''Open a gzip file in binary mode (a GzipFile) or text mode (a TextIOWrapper over one).'''
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError(f"Argument '{what}' not supported in binary mode")
    raw_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary = GzipFile(filename, raw_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, raw_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary
`;
