// The `shutil` module on the run's in-memory file system: copying files (data, permission
// bits, times), copying and removing trees, moving, which() and disk_usage(), with the
// errors and messages of CPython 3.11's module.

/** Python source of `shutil`. */
export const SHUTIL_PY = String.raw`
'''High-level file operations: copy, copy trees, remove trees, move.'''
import os, sys, _vfs
import collections

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive',
           'get_archive_formats', 'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format', 'unregister_unpack_format',
           'unpack_archive', 'ignore_patterns', 'chown', 'which', 'get_terminal_size',
           'SameFileError', 'disk_usage']

COPY_BUFSIZE = 64 * 1024


def _error_class(name, base, doc):
    made = type(name, (base,), {'__doc__': doc, '__module__': 'shutil'})
    return made


Error = _error_class('Error', OSError, None)
SameFileError = _error_class('SameFileError', Error, 'Raised when source and destination are the same file.')
SpecialFileError = _error_class('SpecialFileError', OSError, 'Raised for an operation a special file does not allow.')
ExecError = _error_class('ExecError', OSError, 'Raised when a command could not be executed')
ReadError = _error_class('ReadError', OSError, 'Raised when an archive cannot be read')
RegistryError = _error_class('RegistryError', Exception, 'Raised when an archive format registry operation fails')


def copyfileobj(fsrc, fdst, length=0):
    '''Copy the rest of one file object into another, a chunk at a time.'''
    step = COPY_BUFSIZE if not length else length
    chunk = fsrc.read(step)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(step)


def _same(first, second):
    # True when both paths name one existing node.
    try:
        a, b = _vfs.find(first), _vfs.find(second)
    except (OSError, ValueError):
        return False
    return a is b


def copyfile(src, dst, *, follow_symlinks=True):
    '''Copy the bytes of file src to file dst (created or replaced); return dst.'''
    if _same(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as error:
            if os.path.lexists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from error
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    '''Copy the permission bits of src to dst.'''
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    '''Copy the permission bits and the access and modification times of src to dst.'''
    status = os.stat(src)
    os.utime(dst, ns=(status.st_atime_ns, status.st_mtime_ns))
    os.chmod(dst, status.st_mode & 0o7777)


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    '''Copy data and permission bits; dst may be a directory. Return the file written.'''
    dst = _into(src, dst)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    '''copy(), keeping the times as well.'''
    dst = _into(src, dst)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    '''An ignore function for copytree() that skips names matching any pattern.'''
    from glob import name_matcher

    def ignored(path, names):
        matchers = [name_matcher(p) for p in patterns]
        return {name for name in names if any(m(name) for m in matchers)}
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    '''Copy the directory tree src to dst (which must not exist unless dirs_exist_ok).'''
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = set(ignore(os.fspath(src), [e.name for e in entries])) if ignore is not None else ()
    os.makedirs(dst, 0o777, dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(entry.path, target, symlinks, ignore, copy_function, False,
                         dirs_exist_ok)
            else:
                copy_function(entry.path, target)
        except Error as error:
            problems.extend(error.args[0])
        except OSError as error:
            problems.append((entry.path, target, str(error)))
    try:
        copystat(src, dst)
    except OSError as error:
        problems.append((src, dst, str(error)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    '''Remove a directory and everything below it.'''
    if ignore_errors:
        report = None
    elif onerror is None:
        report = _reraise
    else:
        report = onerror
    _removing(path, report, True)


def _reraise(function, name, info):
    raise info[1]


def _attempt(report, function, *args):
    # function(*args); a failure goes to report(function, path, exc_info) (or is dropped).
    try:
        function(*args)
        return True
    except OSError:
        if report is not None:
            report(function, args[0], sys.exc_info())
        return False


def _removing(path, report, top):
    if top:
        if not _attempt(report, os.lstat, path):
            return
        if not os.path.isdir(path):
            _attempt(report, _not_directory, path)
            return
    entries = []
    _attempt(report, lambda where: entries.extend(os.scandir(where)), path)
    for entry in entries:
        if entry.is_dir():
            _removing(entry.path, report, False)
        else:
            _attempt(report, os.unlink, entry.path)
    _attempt(report, os.rmdir, path)


def _not_directory(path):
    raise NotADirectoryError(20, 'Not a directory', path)


_not_directory.__name__ = 'open'


rmtree.avoids_symlink_attacks = True


def move(src, dst, copy_function=copy2):
    '''Move a file or directory to dst (into it when dst is a directory); return the target.'''
    target = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return target
        name = os.path.basename(os.fspath(src).rstrip('/'))
        target = os.path.join(dst, name)
        if os.path.exists(target):
            raise Error(f"Destination path '{target}' already exists")
    if os.path.isdir(src):
        inner = os.path.abspath(os.fspath(target))
        outer = os.path.abspath(os.fspath(src))
        if inner == outer or inner.startswith(outer.rstrip('/') + '/'):
            raise Error(f"Cannot move a directory '{src}' into itself '{target}'.")
    os.rename(src, target)
    return target


_ntuple_diskusage = collections.namedtuple('usage', ['total', 'used', 'free'])


def disk_usage(path):
    '''(total, used, free) bytes of the run's file system (1 GiB in all).'''
    os.stat(path)
    used = 0
    pending = [_vfs.root]
    while pending:
        node = pending.pop()
        if node.kind == _vfs.S_IFDIR:
            pending.extend(node.entries.values())
        else:
            used += len(node.data)
    total = 1 << 30
    return _ntuple_diskusage(total, used, total - used)


def chown(path, user=None, group=None):
    '''Accepted and ignored (every file belongs to the one user) once path is checked.'''
    if (user, group) == (None, None):
        raise ValueError('user and/or group must be set')
    os.stat(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    '''None: a pymm program has no commands to run.'''
    return None


def get_terminal_size(fallback=(80, 24)):
    return os.terminal_size(fallback)


def _no_formats():
    return []


get_archive_formats = get_unpack_formats = _no_formats


def _no_archives(*args, **kwargs):
    raise RegistryError('archive formats are not available in pymm')


make_archive = unpack_archive = register_archive_format = unregister_archive_format = _no_archives
register_unpack_format = unregister_unpack_format = _no_archives
`;
