// The `shutil` module on the run's in-memory file system: copying files (data, permission
// bits, times), copying and removing trees, moving, which() and disk_usage(), with the
// errors and messages of CPython 3.11's module.

/** Python source of `shutil`. */
export const SHUTIL_PY = String.raw`
'''High-level file operations: copy, copy trees, remove trees, move.'''
import os
import sys
import _vfs
from collections import namedtuple as _namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive',
           'get_archive_formats', 'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format', 'unregister_unpack_format',
           'unpack_archive', 'ignore_patterns', 'chown', 'which', 'get_terminal_size',
           'SameFileError', 'disk_usage']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    '''Raised when source and destination are the same file.'''


class SpecialFileError(OSError):
    '''Raised when trying to do a kind of operation (e.g. copying) which is not supported on a
    special file (e.g. a named pipe)'''


class ExecError(OSError):
    '''Raised when a command could not be executed'''


class ReadError(OSError):
    '''Raised when an archive cannot be read'''


class RegistryError(Exception):
    '''Raised when a registry operation with the archiving and unpacking registries fails'''


def copyfileobj(fsrc, fdst, length=0):
    '''Copy the rest of one file object into another, a chunk at a time.'''
    size = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    '''Copy the bytes of file src to file dst (created or replaced); return dst.'''
    if _same(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as error:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from error
            raise
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
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(entry.path, target, symlinks, ignore, copy_function,
                         dirs_exist_ok=dirs_exist_ok)
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
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(function, name, info):
            raise info[1]
    try:
        node = _vfs.find(path, 'rmtree')
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    if node.kind != _vfs.S_IFDIR:
        try:
            raise NotADirectoryError(20, 'Not a directory', path)
        except OSError:
            onerror(os.open, path, sys.exc_info())
        return
    _clear(os.fspath(path), onerror)


def _clear(path, onerror):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        if entry.is_dir():
            _clear(entry.path, onerror)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                onerror(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


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


_ntuple_diskusage = _namedtuple('usage', 'total used free')


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
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    os.stat(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    '''None: a pymm program has no commands to run.'''
    return None


def get_terminal_size(fallback=(80, 24)):
    return os.terminal_size(fallback)


def get_archive_formats():
    return []


def get_unpack_formats():
    return []


def _no_archives(*args, **kwargs):
    raise RegistryError('archive formats are not available in pymm')


make_archive = unpack_archive = register_archive_format = unregister_archive_format = _no_archives
register_unpack_format = unregister_unpack_format = _no_archives
`;
