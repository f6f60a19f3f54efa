// The `pathlib` module: pure POSIX paths (PurePath, PurePosixPath; PureWindowsPath for the
// pure operations) and concrete paths (Path, PosixPath) on the run's in-memory file system,
// with the parsing, comparisons, reprs, errors and glob results of CPython 3.11's module.

/** Python source of `pathlib`. */
export const PATHLIB_PY = String.raw`
'''Object-oriented filesystem paths.'''
import io
import os
import sys
from glob import name_matcher as _matcher

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _split(text):
    # (root, names) of a POSIX path string: '.' names dropped, '//' kept only as two exactly.
    lead = len(text) - len(text.lstrip('/'))
    root = '//' if lead == 2 else ('/' if lead else '')
    return root, [name for name in text.split('/') if name and name != '.']


class PurePath:
    '''A path whose operations touch no file system.'''
    __slots__ = ('_root', '_names', '_text', '_hash')
    _flavour_sep = '/'

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._parse(args)

    @classmethod
    def _parse(cls, args):
        root, names = '', []
        for arg in args:
            if isinstance(arg, PurePath):
                piece_root, piece_names = arg._root, arg._names
            else:
                text = os.fspath(arg)
                if isinstance(text, bytes):
                    raise TypeError('argument should be a str object or an os.PathLike object '
                                    f"returning str, not {type(text)!r}")
                if not isinstance(text, str):
                    raise TypeError('argument should be a str object or an os.PathLike object '
                                    f"returning str, not {type(text)!r}")
                piece_root, piece_names = _split(text)
            if piece_root:
                root, names = piece_root, list(piece_names)
            else:
                names.extend(piece_names)
        return cls._make(root, names)

    @classmethod
    def _make(cls, root, names):
        made = object.__new__(cls)
        made._root = root
        made._names = tuple(names)
        made._text = None
        return made

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        if self._text is None:
            self._text = self._root + '/'.join(self._names) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_posix(self):
        '''The path with forward slashes.'''
        return str(self)

    def as_uri(self):
        '''The path as a 'file:' URI (absolute paths only).'''
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        keep = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
        return 'file://' + ''.join(chr(b) if b in keep else f'%{b:02X}' for b in os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._names)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, PurePath) or type(other)._flavour_sep != self._flavour_sep:
            return NotImplemented
        return self._key() == other._key() and isinstance(other, PureWindowsPath) == isinstance(self, PureWindowsPath)

    def _order(self, other):
        if not isinstance(other, PurePath) or isinstance(other, PureWindowsPath) != isinstance(self, PureWindowsPath):
            return NotImplemented
        return (self.parts, other.parts)

    def __lt__(self, other):
        pair = self._order(other)
        return pair if pair is NotImplemented else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._order(other)
        return pair if pair is NotImplemented else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._order(other)
        return pair if pair is NotImplemented else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._order(other)
        return pair if pair is NotImplemented else pair[0] >= pair[1]

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._names

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + piece for piece in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        '''The path with its last name replaced.'''
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        root, names = _split(name)
        if not name or name.endswith('/') or root or len(names) != 1:
            raise ValueError(f'Invalid name {name!r}')
        return self._make(self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        '''The path with the name's stem replaced (the suffix stays).'''
        return self.with_name(f'{stem}{self.suffix}')

    def with_suffix(self, suffix):
        '''The path with its suffix replaced (or removed with '').'''
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        return self._make(self._root, self._names[:-1] + (self.stem + suffix,))

    def relative_to(self, *other):
        '''This path relative to other (which must be one of its leading parts).'''
        if not other:
            raise TypeError('need at least one argument')
        base = self._parse(other)
        count = len(base._names)
        if base._root != self._root or self._names[:count] != base._names:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(base)!r} OR one path '
                             'is relative and the other is absolute.')
        return self._make('', self._names[count:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        '''The path with the arguments appended (an absolute one starts over).'''
        return self._parse((self,) + args)

    def __truediv__(self, other):
        try:
            return self._parse((self, other))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, other):
        try:
            return self._parse((other, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        '''True if the path matches the pattern, compared from the right.'''
        root, names = _split(path_pattern)
        if not root and not names:
            raise ValueError('empty pattern')
        mine = self._names
        if root:
            if root != self._root or len(names) != len(mine):
                return False
        elif len(names) > len(mine):
            return False
        for name, pattern in zip(reversed(mine), reversed(names)):
            if not _matcher(pattern)(name):
                return False
        return True


class _Parents:
    '''The sequence of a path's ancestors (path.parents).'''
    __slots__ = ('_path',)

    def __init__(self, of):
        self._path = of

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, at):
        count = len(self)
        if type(at) is slice:
            return tuple(self[i] for i in range(*at.indices(count)))
        if not -count <= at < count:
            raise IndexError(at)
        keep = count - 1 - (at % count)
        path = self._path
        return path._make(path._root, path._names[:keep])

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


class PurePosixPath(PurePath):
    '''A PurePath of POSIX systems.'''
    __slots__ = ()


class PureWindowsPath(PurePath):
    '''A PurePath of Windows systems (kept to its POSIX-compatible operations here).'''
    __slots__ = ()
    _flavour_sep = '\\'

    def __str__(self):
        return super().__str__().replace('/', '\\')

    def __repr__(self):
        return f'{type(self).__name__}({PurePath.__str__(self)!r})'

    def as_posix(self):
        return PurePath.__str__(self)


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
