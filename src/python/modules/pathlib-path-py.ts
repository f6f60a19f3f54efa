// The concrete paths of `pathlib` (see pathlib-py.ts, whose source this one continues):
// Path and PosixPath on the run's in-memory file system -- queries, reading and writing,
// mkdir/touch/unlink/rename, iterdir, and glob/rglob with pathlib's own ** rules (every
// directory, hidden ones too, each match once) -- and WindowsPath, which cannot be made.

/** Python source of the concrete-path part of `pathlib`. */
export const PATHLIB_PATH_PY = String.raw`
class Path(PurePath):
    '''A path on the run's file system (a PosixPath).'''
    __slots__ = ()

    def __new__(cls, *args, **options):
        if cls is Path:
            cls = PosixPath
        return cls._parse(args)

    def __enter__(self):
        return self

    def __exit__(self, *details):
        pass

    @classmethod
    def cwd(cls):
        '''The current directory.'''
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        '''The home directory.'''
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self._root:
            return self
        return self._parse((os.getcwd(), self))

    def resolve(self, strict=False):
        '''The absolute path with '..' resolved (there are no symbolic links).'''
        text = os.path.realpath(str(self))
        if strict:
            os.stat(text)
        return self._parse((text,))

    def stat(self, **options):
        '''os.stat() of the path.'''
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def owner(self):
        return 'root'

    group = owner

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def _never(self):
        return False

    is_symlink = is_socket = is_fifo = is_block_device = is_char_device = _never

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        '''open() on this path.'''
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        '''The whole content as bytes.'''
        stream = io.open(self, 'rb')
        try:
            return stream.read()
        finally:
            stream.close()

    def read_text(self, encoding=None, errors=None):
        '''The whole content as text.'''
        stream = io.open(self, 'r', -1, encoding, errors)
        try:
            return stream.read()
        finally:
            stream.close()

    def write_bytes(self, data):
        '''Replace the content with bytes; return the count written.'''
        content = memoryview(data)
        stream = io.open(self, 'wb')
        try:
            return stream.write(content)
        finally:
            stream.close()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        '''Replace the content with text; return the count written.'''
        if type(data) is not str and not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        stream = io.open(self, 'w', -1, encoding, errors, newline)
        try:
            return stream.write(data)
        finally:
            stream.close()

    def touch(self, mode=0o666, exist_ok=True):
        '''Create the file if it does not exist; else update its times (or raise).'''
        how = os.O_WRONLY | os.O_CREAT | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, how, mode))
        os.utime(self)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        '''Create the directory (and the missing ones above it with parents=True).'''
        missing = []
        if parents:
            above = self.parent
            while above != above.parent and not os.path.isdir(above):
                missing.append(above)
                above = above.parent
        for folder in reversed(missing):
            if not os.path.isdir(folder):
                os.mkdir(folder, mode)
        try:
            os.mkdir(self, mode)
        except OSError:
            if exist_ok and os.path.isdir(self):
                return
            raise

    def chmod(self, mode, **options):
        os.chmod(self, mode)

    def lchmod(self, mode):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        '''Remove the file (a missing one is an error unless missing_ok).'''
        if missing_ok and not os.path.lexists(self):
            return
        os.unlink(self)

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        '''Move the file or directory to target; return the new path.'''
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        '''rename(), replacing what target named.'''
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, *args, **kwargs):
        raise OSError('pymm programs have no symbolic links')

    def hardlink_to(self, *args, **kwargs):
        raise OSError('pymm programs have no hard links')

    def readlink(self):
        raise OSError(22, 'Invalid argument', str(self))

    def expanduser(self):
        if self._names and self._names[0][:1] == '~' and not self._root:
            return self._parse((os.path.expanduser(self._names[0]),) + self._names[1:])
        return self

    def iterdir(self):
        '''The paths of the directory's entries.'''
        names = os.listdir(self)
        return (self._make(self._root, self._names + (entry,)) for entry in names)

    def _dirs_below(self):
        # This directory and every directory below it, depth first.
        yield self
        try:
            with os.scandir(self) as listing:
                entries = list(listing)
        except OSError:
            return
        for entry in entries:
            if entry.is_dir():
                yield from self._make(self._root, self._names + (entry.name,))._dirs_below()

    def _select(self, names):
        if not names:
            yield self
            return
        head, rest = names[0], names[1:]
        if head == '**':
            seen = set()
            for folder in self._dirs_below():
                for found in folder._select(rest):
                    if found not in seen:
                        seen.add(found)
                        yield found
        elif head == '..' or not any(c in head for c in '*?['):
            child = self._make(self._root, self._names + (head,))
            if not rest:
                if child.exists():
                    yield child
            elif child.is_dir():
                yield from child._select(rest)
        else:
            match = _matcher(head)
            try:
                with os.scandir(self) as listing:
                    entries = list(listing)
            except OSError:
                return
            for entry in entries:
                if rest and not entry.is_dir():
                    continue
                if match(entry.name):
                    yield from self._make(self._root, self._names + (entry.name,))._select(rest)

    def glob(self, pattern):
        '''The paths below this one matching a relative pattern (** spans directories).'''
        root, names = _split(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not names:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        found = self._select(names)
        if pattern.endswith('/'):
            found = (path for path in found if path.is_dir())
        yield from found

    def rglob(self, pattern):
        '''glob() with '**/' in front of the pattern.'''
        root, names = _split(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        found = self._select(['**'] + names)
        if pattern.endswith('/'):
            found = (path for path in found if path.is_dir())
        yield from found


class PosixPath(Path, PurePosixPath):
    '''A Path of a POSIX system.'''
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    '''A Path of a Windows system (not available here).'''
    __slots__ = ()

    def __new__(cls, *args, **options):
        raise NotImplementedError(f'cannot instantiate {cls.__name__!r} on your system')
`;
