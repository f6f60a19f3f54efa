// The `tempfile` module on the run's in-memory file system: unique names (tmp + eight random
// characters) under /tmp, mkstemp/mkdtemp/mktemp, the TemporaryFile family (a named file
// removed on close, an unnamed one, a spooled one that starts in memory) and
// TemporaryDirectory, with the names, defaults and reprs of CPython 3.11's module.

/** Python source of `tempfile`. */
export const TEMPFILE_PY = String.raw`
'''Temporary files and directories, on the run's in-memory file system.'''
import io as _io, os as _os, weakref as _weakref
import random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_chooser = None


def _random_name():
    global _chooser
    if _chooser is None:
        _chooser = random.Random()
    return ''.join(_chooser.choice(_LETTERS) for _ in range(8))


def gettempprefix():
    '''The default prefix of temporary names ('tmp').'''
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    '''The directory temporary files go to: $TMPDIR, $TEMP or $TMP if set, else /tmp.'''
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            value = _os.environ.get(name)
            if value and _os.path.isdir(value):
                tempdir = _os.path.abspath(value)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parts(prefix, suffix, dir):
    # Arguments of the mk* functions: all str or all bytes (None takes the default).
    given = [x for x in (prefix, suffix, dir) if x is not None]
    raw = any(isinstance(x, bytes) for x in given)
    if raw and not all(isinstance(x, bytes) for x in given):
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if suffix is None:
        suffix = b'' if raw else ''
    if prefix is None:
        prefix = gettempprefixb() if raw else template
    if dir is None:
        dir = gettempdirb() if raw else gettempdir()
    return prefix, suffix, dir, raw


def _unique(prefix, suffix, dir, raw, make):
    for _ in range(TMP_MAX):
        name = _random_name()
        path = _os.path.join(dir, prefix + (name.encode() if raw else name) + suffix)
        try:
            result = make(path)
        except FileExistsError:
            continue
        return path, result
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    '''Create a new file only this caller can open; return (descriptor, absolute path).'''
    prefix, suffix, dir, raw = _parts(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    path, fd = _unique(prefix, suffix, dir, raw, lambda p: _os.open(p, flags, 0o600))
    return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    '''Create a new directory; return its absolute path.'''
    prefix, suffix, dir, raw = _parts(prefix, suffix, dir)
    path, _ = _unique(prefix, suffix, dir, raw, lambda p: _os.mkdir(p, 0o700))
    return _os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    '''A name no file has at the time of the call (creates nothing).'''
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    '''A file object whose file goes away when it is closed (or freed) if delete is set;
    every other attribute is the file's own.'''

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._finished = False

    def __getattr__(self, attr):
        inner = self.__dict__['file']
        return getattr(inner, attr)

    def close(self):
        if self._finished:
            return
        self._finished = True
        try:
            self.file.close()
        finally:
            if self.delete and _os.path.lexists(self.name):
                _os.unlink(self.name)

    def __del__(self):
        if '_finished' in self.__dict__:
            self.close()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *details):
        outcome = self.file.__exit__(*details)
        self.close()
        return outcome

    def __iter__(self):
        yield from self.file


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    '''A temporary file with a visible name (.name), removed when closed if delete.'''
    prefix, suffix, dir, raw = _parts(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    path, fd = _unique(prefix, suffix, dir, raw, lambda p: _os.open(p, flags, 0o600))
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
        raw_file = getattr(file, 'buffer', file)
        raw_file = getattr(raw_file, 'raw', raw_file)
        raw_file.name = path
        return _TemporaryFileWrapper(file, path, delete)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    '''A temporary file with no name in the file system (its name is the descriptor).'''
    prefix, suffix, dir, raw = _parts(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    path, fd = _unique(prefix, suffix, dir, raw, lambda p: _os.open(p, flags, 0o600))
    _os.unlink(path)
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    '''A temporary file held in memory until it grows past max_size (or its descriptor is
    asked for); then its content moves to a TemporaryFile.'''
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' not in mode:
            memory = _io.TextIOWrapper(_io.BytesIO(), encoding=_io.text_encoding(encoding),
                                       errors=errors, newline=newline)
        else:
            memory = _io.BytesIO()
        self._file = memory
        self._limit = max_size
        self._later = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                           encoding=encoding, newline=newline, dir=dir, errors=errors)

    def rollover(self):
        '''Move the content to a real temporary file (once).'''
        if self._rolled:
            return
        memory = self._file
        spot = memory.tell()
        disk = TemporaryFile(**self._later)
        if 'b' in self._later['mode']:
            disk.write(memory.getvalue())
        else:
            memory.flush()
            disk.buffer.write(memory.buffer.getvalue())
        disk.seek(spot, 0)
        self._file = disk
        self._rolled = True

    def _grew(self):
        if not self._rolled and self._limit and self._file.tell() > self._limit:
            self.rollover()

    def write(self, s):
        count = self._file.write(s)
        self._grew()
        return count

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._grew()

    def truncate(self, size=None):
        if size is not None and size > self._limit:
            self.rollover()
        return self._file.truncate(size) if size is not None else self._file.truncate()

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, *details):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    closed = property(lambda self: self._file.closed)
    encoding = property(lambda self: self._file.encoding)
    errors = property(lambda self: self._file.errors)
    newlines = property(lambda self: self._file.newlines)

    @property
    def mode(self):
        return getattr(self._file, 'mode', self._later['mode'])

    @property
    def name(self):
        return getattr(self._file, 'name', None)


def _forward(method):
    # A SpooledTemporaryFile method that is the current file's method of that name.
    def forwarded(self, *args):
        return getattr(self._file, method)(*args)
    forwarded.__name__ = forwarded.__qualname__ = method
    return forwarded


for _method in ('read', 'read1', 'readinto', 'readline', 'readlines', 'seek', 'tell', 'flush',
                'close', 'isatty', 'readable', 'writable', 'seekable', 'detach'):
    setattr(SpooledTemporaryFile, _method, _forward(_method))
del _method


def _remove_tree(name, ignore_errors):
    import shutil
    shutil.rmtree(name, ignore_errors=ignore_errors)


class TemporaryDirectory:
    '''A new directory (its path is .name and what a with statement gives); it is removed with all it
    holds by cleanup(), at the end of the with block, or when the object is freed.'''

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        path = mkdtemp(suffix, prefix, dir)
        self.name = path
        self._lenient = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, _remove_tree, path, ignore_cleanup_errors)

    def __repr__(self):
        return f'<{type(self).__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, *details):
        self.cleanup()

    def cleanup(self):
        pending = self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            _remove_tree(self.name, self._lenient)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
`;
