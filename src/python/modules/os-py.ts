// The `os` and `os.path` (`posixpath`) modules as far as a pymm program may use them: pymm
// programs have no file system and no processes, so os gives the constants, an empty
// environment, path arithmetic on strings, urandom and the like, and every function that
// would touch files or processes raises OSError, as open() does.

/** Source of posixpath (os.path): pure string operations on POSIX paths. */
export const POSIXPATH_PY = String.raw`
'''Operations on POSIX path names (strings only: pymm programs have no file system).'''
import os as _os

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname', 'exists', 'expanduser',
           'expandvars', 'getsize', 'isabs', 'isdir', 'isfile', 'islink', 'join', 'lexists',
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
    '''The normalized absolute path (relative to the current directory, '/').'''
    path = _os.fspath(path)
    if not isabs(path):
        path = join(_os.getcwdb() if isinstance(path, bytes) else _os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    '''abspath(filename): pymm has no symbolic links to resolve.'''
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
    '''~ and ~/… as the home directory (HOME, else '/'); ~user stays as it is.'''
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


def exists(path):
    '''False: a pymm program sees no files.'''
    return False


lexists = isfile = isdir = islink = ismount = exists


def getsize(filename):
    '''Raises OSError: a pymm program sees no files.'''
    _os.stat(filename)


getmtime = getatime = getctime = getsize
`;

/** Source of the os module. */
export const OS_PY = String.raw`
'''Operating-system interfaces as far as pymm programs have them: constants, an empty
environment, os.path, urandom; files and processes are not reachable (OSError).'''
import abc as _abc
import sys

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir', 'defpath',
           'devnull', 'environ', 'getenv', 'putenv', 'unsetenv', 'getpid', 'getcwd', 'cpu_count',
           'urandom', 'fspath', 'fsencode', 'fsdecode', 'PathLike', 'error', 'path']

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
_NO_FILES = 'pymm programs have no file system access'
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
    '''The environment: empty in pymm (programs see nothing of the host); settable.'''

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


environ = _Environ()


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
    '''The current directory: the root (pymm programs have no file system).'''
    return '/'


def getcwdb():
    return b'/'


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


def _no_files(*args, **kwargs):
    raise OSError(_NO_FILES)


def _no_processes(*args, **kwargs):
    raise OSError(_NO_PROCESSES)


for _name in ('listdir', 'scandir', 'stat', 'lstat', 'mkdir', 'makedirs', 'remove', 'unlink',
              'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'chdir', 'chmod', 'open',
              'access', 'utime', 'link', 'symlink', 'readlink', 'truncate', 'fstat',
              'close', 'read', 'write', 'pipe', 'dup', 'dup2', 'fdopen'):
    globals()[_name] = _no_files
for _name in ('system', 'popen', 'fork', 'kill', 'execv', 'execve', 'execl', 'execlp', 'spawnv',
              'wait', 'waitpid', 'killpg', 'abort', 'nice', 'setsid'):
    globals()[_name] = _no_processes
del _name


def walk(top, topdown=True, onerror=None, followlinks=False):
    '''Nothing: a pymm program sees no directories (onerror gets the OSError).'''
    if onerror is not None:
        onerror(OSError(_NO_FILES))
    return iter(())


def _exit(n):
    raise SystemExit(n)


import posixpath as path
sys.modules['os.path'] = path
`;
