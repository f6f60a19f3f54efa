// The `os` and `os.path` (`posixpath`) modules as far as a pymm program may use them: the
// constants, a small fixed environment, path arithmetic on strings, urandom, and files and
// directories on the run's private in-memory file system (_vfs, see vfs-py.ts); every
// function that would start or touch processes raises OSError.

/** Source of posixpath (os.path): pure string operations on POSIX paths. */
export const POSIXPATH_PY = String.raw`
'''Operations on POSIX path names, and queries on the run's in-memory file system.'''
import os as _os

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname', 'exists', 'expanduser',
           'expandvars', 'getsize', 'isabs', 'isdir', 'isfile', 'islink', 'join', 'lexists',
           'getatime', 'getctime', 'getmtime', 'ismount', 'samefile', 'sameopenfile',
           'normcase', 'normpath', 'realpath', 'relpath', 'split', 'splitdrive', 'splitext',
           'sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir', 'defpath', 'devnull',
           'supports_unicode_filenames']

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _text(path, function):
    if isinstance(path, (str, bytes)):
        return path
    if hasattr(type(path), '__fspath__'):
        return _os.fspath(path)
    raise TypeError(f'{function}() argument must be str, bytes, or os.PathLike object, '
                    f'not {type(path).__name__!r}')


def _slash(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    '''The path as the file system compares it (unchanged on POSIX).'''
    return _os.fspath(s)


def isabs(s):
    '''True if the path starts at the root.'''
    s = _os.fspath(s)
    return s.startswith(_slash(s))


def join(a, *p):
    '''The paths joined with '/'; an absolute component restarts the result.'''
    result = _text(a, 'join')
    slash = _slash(result)
    for part in p:
        part = _text(part, 'join')
        if type(part) is not type(result):
            raise TypeError("Can't mix strings and bytes in path components")
        if part.startswith(slash):
            result = part
        elif not result or result.endswith(slash):
            result += part
        else:
            result += slash + part
    return result


def split(p):
    '''(head, tail): tail is what follows the last '/', head the rest without trailing slashes.'''
    p = _os.fspath(p)
    slash = _slash(p)
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    '''(root, ext): ext is the last dot and what follows, unless the dot starts the name.'''
    p = _os.fspath(p)
    slash, dot = (b'/', b'.') if isinstance(p, bytes) else ('/', '.')
    name_start = p.rfind(slash) + 1
    dot_at = p.rfind(dot)
    if dot_at > name_start:
        # Dots that only lead the name ('.bashrc', '..x') do not start an extension.
        if p[name_start:dot_at].strip(dot):
            return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    '''('', p): POSIX paths have no drive.'''
    p = _os.fspath(p)
    return p[:0], p


def basename(p):
    '''What follows the last '/'.'''
    return split(p)[1]


def dirname(p):
    '''What precedes the last '/' (trailing slashes dropped).'''
    return split(p)[0]


def normpath(path):
    '''The path with '.', '..', repeated and trailing slashes resolved as text.'''
    path = _os.fspath(path)
    slash, dot, dotdot = (b'/', b'.', b'..') if isinstance(path, bytes) else ('/', '.', '..')
    if not path:
        return dot
    # POSIX keeps exactly two leading slashes; one, or three and more, become one.
    lead = len(path) - len(path.lstrip(slash))
    lead = 2 if lead == 2 else min(lead, 1)
    parts = []
    for part in path.split(slash):
        if part in (b'', b'.', '', '.'):
            continue
        if part == dotdot and (parts and parts[-1] != dotdot or lead):
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return slash * lead + slash.join(parts) or dot


def abspath(path):
    '''The normalized absolute path (relative to the current directory).'''
    path = _os.fspath(path)
    if not isabs(path):
        path = join(_os.getcwdb() if isinstance(path, bytes) else _os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    '''abspath(filename): the run's file system has no symbolic links to resolve.'''
    return abspath(filename)


def relpath(path, start=None):
    '''path relative to start (the current directory by default).'''
    if not path:
        raise ValueError('no path specified')
    path = _os.fspath(path)
    start = _os.curdir if start is None else _os.fspath(start)
    target = [p for p in abspath(path).split('/') if p]
    origin = [p for p in abspath(start).split('/') if p]
    shared = len(commonprefix([target, origin]))
    steps = [pardir] * (len(origin) - shared) + target[shared:]
    return join(*steps) if steps else curdir


def commonprefix(m):
    '''The longest common leading part of the items (character by character).'''
    if not m:
        return ''
    low, high = min(m), max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    '''The longest common sub-path (whole components) of the paths.'''
    paths = [_os.fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    common = commonprefix(split_paths)
    return ('/' if absolute.pop() else '') + '/'.join(common)


def expanduser(path):
    '''~ and ~/... as the home directory (HOME, else '/'); ~user stays as it is.'''
    path = _os.fspath(path)
    if not path.startswith('~') or path[1:2] not in ('', '/'):
        return path
    home = _os.environ.get('HOME', '/')
    return (home.rstrip('/') or '/') + path[1:] if path[1:] else home


def expandvars(path):
    '''$NAME and the braced form replaced by environment variables that are set.'''
    import re
    path = _os.fspath(path)
    def value(match):
        name = match.group(1) or match.group(2)
        return _os.environ.get(name, match.group(0))
    return re.sub(r'\$(?:(\w+)|\{([^}]*)\})', value, path)


def _probe(path):
    # The node a path names, or None when it names nothing (or is not a path at all).
    import _vfs
    if isinstance(path, int):
        opened = _vfs.table.get(path)
        return None if opened is None else opened.node
    try:
        return _vfs.find(path)
    except (OSError, ValueError):
        return None


def exists(path):
    '''True if path names a file or directory of the run's file system.'''
    return _probe(path) is not None


def lexists(path):
    '''As exists(): there are no symbolic links.'''
    return _probe(path) is not None


def isfile(path):
    '''True if path names a regular file.'''
    node = _probe(path)
    return node is not None and node.kind == 0o100000


def isdir(s):
    '''True if s names a directory.'''
    node = _probe(s)
    return node is not None and node.kind == 0o040000


def islink(path):
    '''False: the run's file system has no symbolic links.'''
    _os.fspath(path)
    return False


def ismount(path):
    '''True only for the root.'''
    return isdir(path) and abspath(path) in ('/', b'/')


def getsize(filename):
    '''The size of a file in bytes.'''
    return _os.stat(filename).st_size


def getmtime(filename):
    '''The last modification time (seconds since the epoch).'''
    return _os.stat(filename).st_mtime


def getatime(filename):
    '''The last access time (seconds since the epoch).'''
    return _os.stat(filename).st_atime


def getctime(filename):
    '''The last metadata change time (seconds since the epoch).'''
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    '''True if both paths name the same file or directory.'''
    return _os.stat(f1).st_ino == _os.stat(f2).st_ino


def sameopenfile(fp1, fp2):
    return _os.fstat(fp1).st_ino == _os.fstat(fp2).st_ino
`;

/** Source of the os module. */
export const OS_PY = String.raw`
'''Operating-system interfaces as far as pymm programs have them: constants, a small fixed
environment, os.path, urandom, and files and directories of the run's in-memory file system;
processes are not reachable (OSError).'''
import abc as _abc
import sys
import _vfs

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir', 'defpath',
           'devnull', 'environ', 'getenv', 'putenv', 'unsetenv', 'getpid', 'getcwd', 'cpu_count',
           'urandom', 'fspath', 'fsencode', 'fsdecode', 'PathLike', 'error', 'path', 'getcwdb',
           'chdir', 'mkdir', 'makedirs', 'rmdir', 'removedirs', 'listdir', 'scandir', 'walk',
           'remove', 'unlink', 'rename', 'renames', 'replace', 'stat', 'lstat', 'fstat',
           'stat_result', 'utime', 'chmod', 'access', 'open', 'close', 'read', 'write', 'lseek',
           'ftruncate', 'truncate', 'fdopen', 'umask', 'DirEntry', 'fsync']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
_NO_PROCESSES = 'pymm programs have no process access'


class PathLike(_abc.ABC):
    '''Anything with __fspath__ (a path-like object).'''

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    '''The str or bytes of a path-like object.'''
    if isinstance(path, (str, bytes)):
        return path
    hook = getattr(type(path), '__fspath__', None)
    if hook is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(result).__name__}')
    return result


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class _Environ(dict):
    '''The environment: a fixed small mapping (programs see nothing of the host); settable.'''

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'


environ = _Environ(HOME='/home/pymm', LANG='C.UTF-8', PATH='/usr/local/bin:/usr/bin:/bin',
                   USER='pymm')


def getenv(key, default=None):
    '''The environment variable key, or default.'''
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    '''pymm's process id: a constant (there is no process to ask).'''
    return 1


getppid = getpid


def getcwd():
    '''The current directory of the run's file system.'''
    return _vfs.getcwd()


def getcwdb():
    '''getcwd() as bytes.'''
    return _vfs.getcwd().encode('utf-8', 'surrogateescape')


def cpu_count():
    '''The processors a pymm program runs on: one.'''
    return 1


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


_entropy = None


def urandom(size):
    '''size random bytes (from a generator seeded by the clock: not for cryptography).'''
    global _entropy
    if size < 0:
        raise ValueError('negative argument not allowed')
    if _entropy is None:
        import random
        _entropy = random.Random()
    return _entropy.randbytes(size)


def _no_processes(*args, **kwargs):
    raise OSError(_NO_PROCESSES)


for _name in ('system', 'popen', 'fork', 'kill', 'execv', 'execve', 'execl', 'execlp', 'spawnv',
              'wait', 'waitpid', 'killpg', 'abort', 'nice', 'setsid', 'pipe', 'dup', 'dup2',
              'link', 'symlink', 'readlink'):
    globals()[_name] = _no_processes
del _name

from _vfs import (stat_result, chdir, mkdir, rmdir, listdir, unlink, rename, stat, utime, chmod,
                  access, open, close, read, write, lseek, ftruncate, truncate,
                  O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC,
                  O_APPEND, O_NONBLOCK, O_DSYNC, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_SYNC)
remove = unlink
replace = rename
lstat = stat


def fstat(fd):
    '''The status of an open descriptor.'''
    return stat(fd)


def fsync(fd):
    _vfs.descriptor(fd)


def umask(mask):
    '''Set the file-creation mask; return the previous one.'''
    previous = _vfs.umask_bits
    _vfs.umask_bits = mask & 0o777
    return previous


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    '''A file object on an open descriptor (as open(fd, ...)).'''
    if type(fd) is not int and not isinstance(fd, int):
        raise TypeError(f'invalid fd type ({type(fd)}, expected integer)')
    import io
    given = (fd, mode, buffering, encoding) + args
    return io.open(*given, **kwargs)


def _trimmed(name):
    # The path without trailing slashes ('/' stays).
    text = fspath(name)
    slash = b'/' if isinstance(text, bytes) else '/'
    return text.rstrip(slash) or text


def makedirs(name, mode=0o777, exist_ok=False):
    '''Create a directory and the missing directories above it.'''
    missing = []
    above = path.dirname(_trimmed(name))
    while above and not path.exists(above):
        missing.append(above)
        above = path.dirname(above)
    for folder in reversed(missing):
        try:
            mkdir(folder)
        except FileExistsError:
            pass  # made meanwhile, or named by a repeated component
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def removedirs(name):
    '''Remove a directory, then each directory above it that became empty.'''
    rmdir(name)
    folder = path.dirname(_trimmed(name))
    while folder and folder != path.dirname(folder):
        try:
            rmdir(folder)
        except OSError:
            return
        folder = path.dirname(folder)


def renames(old, new):
    '''rename(), creating the new parents and pruning the old ones that became empty.'''
    target_folder = path.dirname(_trimmed(new))
    if target_folder and not path.exists(target_folder):
        makedirs(target_folder)
    rename(old, new)
    source_folder = path.dirname(_trimmed(old))
    if source_folder:
        try:
            removedirs(source_folder)
        except OSError:
            pass


class DirEntry:
    '''One entry of a scandir() listing.'''

    def __init__(self, *unused, **unused_too):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, folder, name, node):
        entry = object.__new__(cls)
        entry.name = name
        entry.path = path.join(folder, name)
        entry._node = node
        return entry

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return self._node.kind == _vfs.S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._node.kind == _vfs.S_IFREG

    def is_symlink(self):
        return False

    def inode(self):
        return self._node.ino

    def stat(self, *, follow_symlinks=True):
        return _vfs.status(self._node)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _Scandir:
    def __init__(self, folder, entries):
        self._entries = iter(entries)
        self._folder = folder

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *details):
        self.close()


def scandir(path=None):
    '''An iterator of DirEntry objects for the entries of a directory.'''
    folder = '.' if path is None else path
    node = _vfs.find_dir(folder, 'scandir')
    text = fspath(folder)
    raw = isinstance(text, bytes)
    entries = []
    for name, child in list(node.entries.items()):
        shown = name.encode('utf-8', 'surrogateescape') if raw else name
        entries.append(DirEntry._make(text, shown, child))
    return _Scandir(text, entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    '''(dirpath, dirnames, filenames) for each directory of the tree at top.'''
    top = fspath(top)
    try:
        listing = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = [entry.name for entry in listing if entry.is_dir()]
    files = [entry.name for entry in listing if not entry.is_dir()]
    if topdown:
        yield top, dirs, files
        for name in dirs:
            yield from walk(path.join(top, name), topdown, onerror, followlinks)
    else:
        for name in dirs:
            yield from walk(path.join(top, name), topdown, onerror, followlinks)
        yield top, dirs, files


def get_blocking(fd):
    _vfs.descriptor(fd)
    return True


def _exit(n):
    raise SystemExit(n)


import posixpath as path
sys.modules['os.path'] = path
`;
