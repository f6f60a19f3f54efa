// `_vfs`: the private in-memory file system of a pymm run. Programs keep pymm's sandbox (no
// host file is read or written) yet can create, read, list and remove files and directories
// that live until the run ends. The tree starts with /, /tmp, /home/pymm, the directory the
// program started in (its current directory) and the program's own source file; the os,
// io, tempfile, shutil and pathlib modules work on it through the functions here, which
// follow the POSIX calls CPython's os module makes (errno, strerror and filenames included).
// Once it is loaded, `import` finds the modules a program writes (see module_source).
// See docs/design/vfs.md.

import type { Ptr } from '../../heap/index.js';
import type { ModuleSource } from '../vm/file-modules.js';
import type { Interpreter } from '../vm/interp.js';

/** Runs the `_vfs` module with the run's starting directory and program file in its namespace. */
export function initVfsModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  // Its frames and _fileio's stand for CPython's C code: tracebacks leave them out.
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen _vfs>');
  interp.hiddenTracebackFiles.add('<frozen _fileio>');
  const put = (name: string, value: Ptr) => {
    n.dictSet(dict, n.intern(name), value);
    if (value !== interp.space.none) interp.decref(value);
  };
  put('_START_DIR', n.str(interp.startDir ?? '/'));
  const main = interp.mainScript;
  const isFile = main !== undefined && main.filename.startsWith('/');
  put('_MAIN_FILE', isFile ? n.str(main.filename) : interp.space.none);
  put('_MAIN_SOURCE', isFile ? n.str(main.source) : interp.space.none);
  interp.runPythonInto(VFS_PY, '<frozen _vfs>', dict);
  // From now on `import` also finds modules the program wrote (before the host's files).
  const finder = interp.ref(n.dictGet(dict, n.intern('module_source')));
  const host = interp.moduleLoader;
  interp.moduleLoader = {
    findSource(name: string, dirs: readonly string[]): ModuleSource | null {
      for (const dir of dirs) {
        const found = interp.call(interp.ref(finder), [n.str(dir), n.str(name)]);
        try {
          if (found === interp.space.none) continue;
          const [file, source, isPackage] = n.tupleItems(found);
          const filename = n.jsStr(file);
          const path =
            isPackage === interp.space.true ? [filename.slice(0, filename.lastIndexOf('/'))] : null;
          return { filename, source: n.jsStr(source), path };
        } finally {
          interp.decref(found);
        }
      }
      return host === null ? null : host.findSource(name, dirs);
    },
  };
}

/** Python source of `_vfs`. */
export const VFS_PY = String.raw`
'''The in-memory file system of this run: nodes, paths, descriptors and the POSIX calls.'''
import sys
from time import time_ns as _clock

_MESSAGES = {1: 'Operation not permitted', 2: 'No such file or directory', 9: 'Bad file descriptor',
             6: 'No such device or address', 13: 'Permission denied', 16: 'Device or resource busy', 17: 'File exists',
             18: 'Invalid cross-device link', 20: 'Not a directory', 21: 'Is a directory',
             22: 'Invalid argument', 39: 'Directory not empty'}

O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_ACCMODE = 3
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND = 0o100, 0o200, 0o400, 0o1000, 0o2000
O_NONBLOCK, O_DSYNC, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC = 0o4000, 0o10000, 0o200000, 0o400000, 0o2000000
O_SYNC = 0o4010000

S_IFDIR, S_IFREG = 0o040000, 0o100000
_DEVICE = 2049
BLOCK_SIZE = 4096

umask_bits = 0o022
_serial = [1]


def fail(code, path=None, other=None):
    '''Raise the OSError subclass of errno code, naming the path(s) as given.'''
    if path is None:
        raise OSError(code, _MESSAGES[code])
    if other is None:
        raise OSError(code, _MESSAGES[code], path)
    raise OSError(code, _MESSAGES[code], path, None, other)


class Node:
    '''What both kinds of node keep: permission bits, inode number, the three times (ns).'''
    __slots__ = ('perm', 'ino', 'atime', 'mtime', 'ctime', 'links')

    def _stamp(self, perm):
        self.perm = perm
        _serial[0] += 1
        self.ino = _serial[0]
        self.links = 1
        self.atime = self.mtime = self.ctime = _clock()

    def touch(self):
        self.mtime = self.ctime = _clock()


class File(Node):
    '''A regular file: its bytes.'''
    __slots__ = ('data',)
    kind = S_IFREG

    def __init__(self, perm=0o644):
        self._stamp(perm)
        self.data = bytearray()

    def size(self):
        return len(self.data)


class Dir(Node):
    '''A directory: entries by name in creation order, and the parent (itself for /).'''
    __slots__ = ('entries', 'parent')
    kind = S_IFDIR

    def __init__(self, parent, perm=0o755):
        self._stamp(perm)
        self.entries = {}
        self.parent = self if parent is None else parent

    def size(self):
        return 4096


root = Dir(None)
cwd = root
cwd_text = '/'


def text_of(path, function='path'):
    '''A path argument as (str, bytes-ness); PathLike objects give their fspath.'''
    if isinstance(path, str):
        return path, False
    if isinstance(path, bytes):
        return path.decode('utf-8', 'surrogateescape'), True
    hook = getattr(type(path), '__fspath__', None)
    if hook is not None:
        value = hook(path)
        if isinstance(value, (str, bytes)):
            return text_of(value, function)
    raise TypeError(f'{function}: path should be string, bytes or os.PathLike, '
                    f'not {type(path).__name__}')


def shown(path):
    '''The filename an error shows: the str or bytes the path stood for.'''
    if isinstance(path, (str, bytes)):
        return path
    hook = getattr(type(path), '__fspath__', None)
    return hook(path) if hook is not None else path


def _start(text):
    return root if text.startswith('/') else cwd


def locate(path, want=None, function='path'):
    '''(parent directory, last name, node or None) of a path; raise for a missing or
    non-directory component before the last one.'''
    text, _ = text_of(path, function)
    if not text:
        fail(2, shown(path))
    if '\0' in text:
        raise ValueError(f'{function}: embedded null character in path')
    here = _start(text)
    names = [part for part in text.split('/') if part]
    if not names:
        return here, '', here
    for name in names[:-1]:
        here = _step(here, name, path)
    last = names[-1]
    if last == '.':
        return here.parent, '.', here
    if last == '..':
        return here.parent.parent, '..', here.parent
    node = here.entries.get(last)
    if node is not None and text.endswith('/') and node.kind != S_IFDIR:
        fail(20, shown(path))
    return here, last, node


def _step(here, name, path):
    if name == '.':
        return here
    if name == '..':
        return here.parent
    node = here.entries.get(name)
    if node is None:
        fail(2, shown(path))
    if node.kind != S_IFDIR:
        fail(20, shown(path))
    return node


def find(path, function='path'):
    '''The node a path names; FileNotFoundError when there is none.'''
    node = locate(path, function=function)[2]
    if node is None:
        fail(2, shown(path))
    return node


def find_dir(path, function='path'):
    node = find(path, function)
    if node.kind != S_IFDIR:
        fail(20, shown(path))
    return node


def absolute(text):
    '''The absolute, normalised spelling of a str path (no symbolic links exist).'''
    if not text.startswith('/'):
        text = cwd_text.rstrip('/') + '/' + text
    parts = []
    for part in text.split('/'):
        if part == '..':
            if parts:
                parts.pop()
        elif part and part != '.':
            parts.append(part)
    return '/' + '/'.join(parts)


def make_dirs(text):
    here = root
    for name in text.split('/'):
        if name:
            node = here.entries.get(name)
            if node is None:
                node = here.entries[name] = Dir(here)
            here = node
    return here


# -- directories -------------------------------------------------------------------------

def getcwd():
    return cwd_text


def chdir(path):
    global cwd, cwd_text
    node = find_dir(path, 'chdir')
    text, _ = text_of(path)
    cwd_text = absolute(text)
    cwd = node


def mkdir(path, mode=0o777):
    parent, name, node = locate(path, function='mkdir')
    if node is not None:
        fail(17, shown(path))
    parent.entries[name] = Dir(parent, mode & 0o7777 & ~umask_bits)
    parent.touch()


def rmdir(path):
    parent, name, node = locate(path, function='rmdir')
    if node is None:
        fail(2, shown(path))
    if node.kind != S_IFDIR:
        fail(20, shown(path))
    if name in ('.', ''):
        fail(16 if node is root else 22, shown(path))
    if node.entries:
        fail(39, shown(path))
    if name == '..':
        fail(39, shown(path))
    _unlink_entry(parent, name)


def _unlink_entry(parent, name):
    node = parent.entries.pop(name)
    node.links -= 1
    parent.touch()
    if node.kind == S_IFDIR:
        node.parent = node  # an orphan stays a valid (empty) place to stand in


def listdir(path='.'):
    if isinstance(path, int):
        fail(9)
    text, raw = text_of(path, 'listdir')
    names = list(find_dir(path, 'listdir').entries)
    if raw:
        return [name.encode('utf-8', 'surrogateescape') for name in names]
    return names


def unlink(path):
    parent, name, node = locate(path, function='unlink')
    if node is None:
        fail(2, shown(path))
    if node.kind == S_IFDIR:
        fail(21, shown(path))
    _unlink_entry(parent, name)


def _inside(node, ancestor):
    while True:
        if node is ancestor:
            return True
        if node.parent is node:
            return False
        node = node.parent


def rename(src, dst):
    '''rename(2): move src to dst, replacing a file, or an empty directory with a directory.'''
    a, b = shown(src), shown(dst)
    from_dir, from_name, node = locate(src, function='rename')
    if node is None:
        fail(2, a, b)
    to_dir, to_name, there = locate(dst, function='rename')
    if there is node:
        return
    if node.kind == S_IFDIR:
        if from_name in ('.', '..', ''):
            fail(16, a, b)
        if _inside(to_dir, node):
            fail(22, a, b)
        if there is not None:
            if there.kind != S_IFDIR:
                fail(20, a, b)
            if there.entries:
                fail(39, a, b)
    elif there is not None and there.kind == S_IFDIR:
        fail(21, a, b)
    if to_name in ('', '.', '..'):
        fail(16, a, b)
    del from_dir.entries[from_name]
    if there is not None:
        _unlink_entry(to_dir, to_name)
    to_dir.entries[to_name] = node
    if node.kind == S_IFDIR:
        node.parent = to_dir
    from_dir.touch()
    to_dir.touch()
    node.ctime = _clock()


# -- status ------------------------------------------------------------------------------

class stat_result(tuple):
    '''stat_result: Result from stat, fstat, or lstat.'''
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values, extra=None):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({len(values)}-sequence given)')
        made = tuple.__new__(cls, values[:10])
        if len(values) >= 13:
            made._times = tuple(values[10:13])
        else:
            made._times = tuple(round(t * 1e9) for t in values[7:10])
        return made

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(f'{k}={v!r}' for k, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._times,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0] / 1e9)
    st_mtime = property(lambda self: self._times[1] / 1e9)
    st_ctime = property(lambda self: self._times[2] / 1e9)
    st_atime_ns = property(lambda self: self._times[0])
    st_mtime_ns = property(lambda self: self._times[1])
    st_ctime_ns = property(lambda self: self._times[2])
    st_blksize = property(lambda self: BLOCK_SIZE)
    st_blocks = property(lambda self: (self[6] + 511) // 512)
    st_rdev = property(lambda self: 0)


stat_result.__module__ = 'os'


def status(node):
    links = node.links
    if node.kind == S_IFDIR:
        links = 2 + sum(1 for child in node.entries.values() if child.kind == S_IFDIR)
    times = (node.atime, node.mtime, node.ctime)
    return stat_result((node.kind | node.perm, node.ino, _DEVICE, links, 0, 0, node.size())
                       + tuple(t // 1000000000 for t in times) + times)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return status(descriptor(path).node)
    return status(find(path, 'stat'))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    node = descriptor(path).node if isinstance(path, int) else find(path, 'utime')
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        node.atime, node.mtime = int(ns[0]), int(ns[1])
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        node.atime, node.mtime = round(times[0] * 1e9), round(times[1] * 1e9)
    else:
        node.atime = node.mtime = _clock()


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    node = descriptor(path).node if isinstance(path, int) else find(path, 'chmod')
    node.perm = mode & 0o7777
    node.ctime = _clock()


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        find(path, 'access')
    except OSError:
        return False
    return True


# -- descriptors -------------------------------------------------------------------------

class Opened:
    '''An open file description: the node, the position and the open flags.'''
    __slots__ = ('node', 'pos', 'flags')

    def __init__(self, node, flags):
        self.node = node
        self.pos = 0
        self.flags = flags


table = {}


def descriptor(fd):
    found = table.get(fd)
    if found is None:
        fail(9)
    return found


def open(path, flags, mode=0o777, *, dir_fd=None):
    '''open(2): a new descriptor (the lowest free number from 3) on the path's file.'''
    parent, name, node = locate(path, function='open')
    access_mode = flags & O_ACCMODE
    if node is None:
        if not flags & O_CREAT or name in ('', '.', '..'):
            fail(2, shown(path))
        node = parent.entries[name] = File(mode & 0o7777 & ~umask_bits)
        parent.touch()
    elif flags & O_CREAT and flags & O_EXCL:
        fail(17, shown(path))
    elif node.kind == S_IFDIR:
        if access_mode != O_RDONLY or flags & O_CREAT:
            fail(21, shown(path))
    elif flags & O_DIRECTORY:
        fail(20, shown(path))
    elif flags & O_TRUNC and access_mode != O_RDONLY and node.data:
        del node.data[:]
        node.touch()
    fd = 3
    while fd in table:
        fd += 1
    table[fd] = Opened(node, flags)
    return fd


def close(fd):
    if table.pop(fd, None) is None:
        fail(9)


def read_at(opened, size):
    '''Up to size bytes (all when size < 0) from the description's position.'''
    node = opened.node
    if opened.flags & O_ACCMODE == O_WRONLY:
        fail(9)
    if node.kind == S_IFDIR:
        fail(21)
    start = opened.pos
    end = len(node.data) if size < 0 else start + size
    chunk = bytes(node.data[start:end])
    opened.pos = start + len(chunk)
    return chunk


def write_at(opened, data):
    '''Write bytes at the position (at the end for O_APPEND); return the count.'''
    if opened.flags & O_ACCMODE == O_RDONLY:
        fail(9)
    node = opened.node
    buf = node.data
    if opened.flags & O_APPEND:
        opened.pos = len(buf)
    start = opened.pos
    if start >= len(buf):
        # Appending (the common case) extends in place; a gap past the end reads as zeros.
        if start > len(buf):
            buf.extend(bytes(start - len(buf)))
        buf += data
    else:
        buf[start:start + len(data)] = data
    opened.pos = start + len(data)
    node.touch()
    return len(data)


def read(fd, n):
    return read_at(descriptor(fd), n)


def write(fd, data):
    return write_at(descriptor(fd), bytes(memoryview(data)))


def lseek(fd, pos, how):
    opened = descriptor(fd)
    if how == 0:
        target = pos
    elif how == 1:
        target = opened.pos + pos
    elif how == 2:
        target = opened.node.size() + pos
    elif how in (3, 4):
        # SEEK_DATA / SEEK_HOLE: files have no holes; the data ends at the size.
        if pos >= opened.node.size():
            fail(6)
        target = pos if how == 3 else opened.node.size()
    else:
        fail(22)
    if target < 0:
        fail(22)
    opened.pos = target
    return target


def resize(node, length):
    if length < 0:
        fail(22)
    buf = node.data
    if length < len(buf):
        del buf[length:]
    else:
        buf.extend(bytes(length - len(buf)))
    node.touch()


def ftruncate(fd, length):
    opened = descriptor(fd)
    if opened.flags & O_ACCMODE == O_RDONLY:
        fail(22)
    resize(opened.node, length)


def truncate(path, length):
    if isinstance(path, int):
        return ftruncate(path, length)
    node = find(path, 'truncate')
    if node.kind == S_IFDIR:
        fail(21, shown(path))
    resize(node, length)


def module_source(folder, name):
    '''(file, source, is package) of module name written into folder, or None.'''
    try:
        place = find_dir(folder or '.')
    except (OSError, ValueError):
        return None
    stem = folder.rstrip('/') + '/' + name if folder else name
    node = place.entries.get(name)
    if node is not None and node.kind == S_IFDIR:
        init = node.entries.get('__init__.py')
        if init is not None and init.kind == S_IFREG:
            return stem + '/__init__.py', init.data.decode('utf-8', 'surrogateescape'), True
    node = place.entries.get(name + '.py')
    if node is not None and node.kind == S_IFREG:
        return stem + '.py', node.data.decode('utf-8', 'surrogateescape'), False
    return None


# -- the starting tree ---------------------------------------------------------------------

make_dirs('/tmp')
make_dirs('/home/pymm')
if _MAIN_FILE is not None:
    _folder, _, _leaf = _MAIN_FILE.rpartition('/')
    _script = make_dirs(_folder).entries[_leaf] = File()
    _script.data[:] = _MAIN_SOURCE.encode('utf-8', 'surrogateescape')
    del _folder, _leaf, _script
cwd = make_dirs(_START_DIR)
cwd_text = absolute(_START_DIR)
del _MAIN_FILE, _MAIN_SOURCE, _START_DIR
`;
