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
import { VFS_CALLS_PY } from './vfs-calls-py.js';

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

/** Python source of `_vfs`: nodes and paths here, then vfs-calls-py.ts's part. */
export const VFS_PY = `${String.raw`
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


`}${VFS_CALLS_PY}`;
