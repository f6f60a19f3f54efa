// The second part of `_vfs` (see vfs-py.ts, whose source this one continues): stat results,
// the descriptor table and the calls on descriptors (open/read/write/lseek/close/truncate),
// the finder import uses for modules a program wrote, and the starting tree of the run.

/** Python source of the second part of `_vfs`. */
export const VFS_CALLS_PY = String.raw`
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
