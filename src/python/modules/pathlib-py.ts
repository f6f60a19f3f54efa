// The `pathlib` module: pure POSIX paths (PurePath, PurePosixPath; PureWindowsPath for the
// pure operations) and concrete paths (Path, PosixPath) on the run's in-memory file system,
// with the parsing, comparisons, reprs, errors and glob results of CPython 3.11's module.

import { PATHLIB_PATH_PY } from './pathlib-path-py.js';

/** Python source of `pathlib`: the pure paths here, then pathlib-path-py.ts's part. */
export const PATHLIB_PY = `${String.raw`
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


`}${PATHLIB_PATH_PY}`;
