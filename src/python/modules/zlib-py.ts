// The Python layer of the `zlib` module (see zlib.ts for the natives it calls): argument
// checks with CPython's messages, the Compress and Decompress stream objects, the constants.

/** Source of the Python layer, run in the module's namespace after the natives. */
export const ZLIB_PY = String.raw`
'''Compression and decompression with the zlib format (RFC 1950), raw deflate (RFC 1951)
and the gzip format (RFC 1952): one-shot compress()/decompress(), incremental
compressobj()/decompressobj(), and the crc32() and adler32() checksums.'''

ZLIB_VERSION = ZLIB_RUNTIME_VERSION = '1.2.13'
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION = 0, 1, 9, -1
Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 0, 1, 2, 3, 4
Z_PARTIAL_FLUSH, Z_FULL_FLUSH, Z_BLOCK, Z_TREES = 1, 3, 5, 6


def _setup(_deflate, _deflate_new, _inflate, _inflate_new, _compress, _decompress, _message, _copy):
    # The module's Python half, in a function so that its helpers and the natives it calls
    # stay out of the module's namespace (zlib's dir() lists only the public names).
    from operator import index as _operator_index

    class error(Exception):
        __module__ = 'zlib'


    def _cint(value):
        # An argument C reads as an int: anything with __index__, within 32 bits.
        i = _operator_index(value)
        if i > 0x7FFFFFFF:
            raise OverflowError('Python int too large to convert to C int')
        if i < -0x80000000:
            raise OverflowError('Python int too small to convert to C int')
        return i


    def _ssize(value):
        i = _operator_index(value)
        if not -(1 << 63) <= i < (1 << 63):
            raise OverflowError('Python int too large to convert to C ssize_t')
        return i


    def _no_pickle(self, protocol=None):
        raise TypeError(f"cannot pickle 'zlib.{type(self).__name__}' object")


    class Compress:
        '''A compression stream made by compressobj().'''
        __module__ = 'zlib'
        __slots__ = ('_z',)

        def __init__(self, *args, **kwargs):
            raise TypeError("cannot create 'zlib.Compress' instances")

        def compress(self, data, /):
            '''Compress data, returning the compressed bytes ready so far (keep the rest for flush()).'''
            return _deflate(self._z, _buffer(data), Z_NO_FLUSH, 'while compressing data')

        def flush(self, mode=Z_FINISH, /):
            '''Return the compressed data still pending; Z_FINISH (the default) ends the stream.'''
            mode = _cint(mode)
            if mode == Z_NO_FLUSH:
                return b''
            return _deflate(self._z, None, mode, 'while flushing')

        def copy(self):
            '''An independent copy of the stream, to go on from this point in two ways.'''
            twin = object.__new__(Compress)
            twin._z = _copy(self._z)
            return twin

        def __copy__(self):
            return self.copy()

        def __deepcopy__(self, memo):
            return self.copy()

        def __sizeof__(self):
            # CPython's compobject is 168 bytes and not a GC type; this class's GC head is counted apart.
            return 152

        __reduce_ex__ = __reduce__ = _no_pickle


    class Decompress:
        '''A decompression stream made by decompressobj().'''
        __module__ = 'zlib'
        __slots__ = ('_z', '_unused', '_tail', '_eof')

        def __init__(self, *args, **kwargs):
            raise TypeError("cannot create 'zlib.Decompress' instances")

        @property
        def unused_data(self):
            '''The bytes found after the end of the compressed stream.'''
            return self._unused

        @property
        def unconsumed_tail(self):
            '''The input a max_length limit left unprocessed: pass it to the next decompress().'''
            return self._tail

        @property
        def eof(self):
            '''Whether the end of the compressed stream has been reached.'''
            return self._eof

        def _settle(self, result):
            # save_unconsumed_input: after the stream's end the rest of the input is unused data;
            # otherwise what is left (if anything, or if a tail was pending) is the new tail.
            out, err, left, message = result
            moved = False
            if err == 1:
                self._eof = True
                if left:
                    self._unused = self._unused + left
                    moved = True
            if (left and not moved) or self._tail:
                self._tail = left
            return out, err, message

        def decompress(self, data, /, max_length=0):
            '''Decompress data, returning at most max_length bytes (0: no limit).'''
            data = _buffer(data)
            max_length = _ssize(max_length)
            if max_length < 0:
                raise ValueError('max_length must be non-negative')
            out, err, message = self._settle(_inflate(self._z, data, max_length, False))
            if err not in (0, 1, -5):
                raise error(_message(err, message, 'while decompressing data'))
            return out

        def flush(self, length=DEF_BUF_SIZE, /):
            '''Decompress what is left of the input, returning the bytes it gives.'''
            length = _ssize(length)
            if length <= 0:
                raise ValueError('length must be greater than zero')
            out, err, message = self._settle(_inflate(self._z, self._tail, length, True))
            return out

        def copy(self):
            '''An independent copy of the stream, with its unused data and tail.'''
            twin = object.__new__(Decompress)
            twin._z = _copy(self._z)
            twin._unused, twin._tail, twin._eof = self._unused, self._tail, self._eof
            return twin

        def __copy__(self):
            return self.copy()

        def __deepcopy__(self, memo):
            return self.copy()

        def __sizeof__(self):
            # As Compress: CPython's 168 bytes, without the GC head this class has.
            return 152

        __reduce_ex__ = __reduce__ = _no_pickle


    def _buffer(data):
        if isinstance(data, (bytes, bytearray)):
            return data
        try:
            return memoryview(data).tobytes()
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


    def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
        '''Return data compressed at level (0-9, or -1 for zlib's default, 6) in one go.'''
        return _compress(_buffer(data), _cint(level), _cint(wbits))


    def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
        '''Return the decompressed bytes of a whole compressed stream.'''
        data = _buffer(data)
        wbits = _cint(wbits)
        bufsize = _ssize(bufsize)
        if bufsize < 0:
            raise ValueError('bufsize must be non-negative')
        return _decompress(data, wbits, bufsize)


    def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                    memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
        '''Return a Compress object for compressing data a piece at a time.'''
        args = [_cint(v) for v in (level, method, wbits, memLevel, strategy)]
        if zdict is not None:
            try:
                zdict = _buffer(zdict)
            except TypeError:
                raise TypeError('zdict argument must support the buffer protocol') from None
        stream = object.__new__(Compress)
        stream._z = _deflate_new(*args, zdict)
        return stream


    def decompressobj(wbits=MAX_WBITS, zdict=b''):
        '''Return a Decompress object for decompressing data a piece at a time.'''
        wbits = _cint(wbits)
        if zdict is not None and not isinstance(zdict, (bytes, bytearray)):
            try:
                zdict = memoryview(zdict).tobytes()
            except TypeError:
                raise TypeError('zdict argument must support the buffer protocol') from None
        stream = object.__new__(Decompress)
        stream._z = _inflate_new(wbits, zdict or None)
        stream._unused = stream._tail = b''
        stream._eof = False
        return stream

    error.__qualname__ = error.__name__
    Compress.__qualname__ = Compress.__name__
    Decompress.__qualname__ = Decompress.__name__
    return error, compress, decompress, compressobj, decompressobj


error, compress, decompress, compressobj, decompressobj = _setup(
    _deflate, _deflate_new, _inflate, _inflate_new, _compress, _decompress, _message, _copy)
del _setup, _deflate, _deflate_new, _inflate, _inflate_new, _compress, _decompress, _message, _copy
`;
