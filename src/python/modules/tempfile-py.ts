// The `tempfile` module on the run's in-memory file system: unique names (tmp + eight random
// characters) under /tmp, mkstemp/mkdtemp/mktemp, the TemporaryFile family (a named file
// removed on close, an unnamed one, a spooled one that starts in memory) and
// TemporaryDirectory, with the names, defaults and reprs of CPython 3.11's module.

/** Python source of `tempfile`. */
export const TEMPFILE_PY = String.raw`
'''Temporary files and directories, on the run's in-memory file system.'''
import io as _io
import os as _os
import _vfs
import weakref as _weakref
from random import Random as _Random

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
        _chooser = _Random()
    return ''.join(_chooser.choice(_LETTERS) for _ in range(8))


def gettempprefix():
    '''The default prefix of temporary names ('tmp').'''
    return template


def gettempprefixb():
    return _os.fsencode(template)


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


class _TemporaryFileCloser:
    '''Closes a temporary file and removes it (once).'''

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def close(self):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    '''A file object that removes its file when closed; other attributes are the file's.'''

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


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
    '''A temporary file kept in memory until it grows past max_size (or fileno() is asked).'''
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        '''Move the content to a real temporary file.'''
        if self._rolled:
            return
        memory = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = memory.tell()
        if hasattr(new, 'buffer'):
            new.buffer.write(memory.detach().getvalue())
        else:
            new.write(memory.getvalue())
        new.seek(position, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        result = file.write(s)
        self._check(file)
        return result

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


def _remove_tree(name, ignore_errors):
    import shutil
    shutil.rmtree(name, ignore_errors=ignore_errors)


class TemporaryDirectory:
    '''A temporary directory (.name), removed with what it holds by cleanup() or on exit.'''

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, _remove_tree, self.name, ignore_cleanup_errors)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
`;
