// The `stat` module: the file-type and permission bits of st_mode (Linux values) with the
// S_IS* tests, S_IMODE/S_IFMT and filemode(), as CPython 3.11's module gives them.

/** Python source of `stat`. */
export const STAT_PY = String.raw`
'''Constants and tests for the st_mode field of os.stat() results.'''

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFDIR, S_IFCHR, S_IFBLK, S_IFREG = 0o040000, 0o020000, 0o060000, 0o100000
S_IFIFO, S_IFLNK, S_IFSOCK = 0o010000, 0o120000, 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0
S_ISUID, S_ISGID, S_ENFMT, S_ISVTX = 0o4000, 0o2000, 0o2000, 0o1000
S_IREAD, S_IWRITE, S_IEXEC = 0o400, 0o200, 0o100
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE, UF_NOUNLINK = 1, 2, 4, 8, 16
UF_COMPRESSED, UF_HIDDEN = 32, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND, SF_NOUNLINK, SF_SNAPSHOT = 0x10000, 0x20000, 0x40000, 0x100000, 0x200000


def S_IMODE(mode):
    '''The permission bits of a mode (what chmod() sets).'''
    return mode & 0o7777


def S_IFMT(mode):
    '''The file-type bits of a mode.'''
    return mode & 0o170000


def S_ISDIR(mode):
    '''True for a directory's mode.'''
    return mode & 0o170000 == S_IFDIR


def S_ISREG(mode):
    '''True for a regular file's mode.'''
    return mode & 0o170000 == S_IFREG


def S_ISCHR(mode):
    return mode & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    return mode & 0o170000 == S_IFBLK


def S_ISFIFO(mode):
    return mode & 0o170000 == S_IFIFO


def S_ISLNK(mode):
    return mode & 0o170000 == S_IFLNK


def S_ISSOCK(mode):
    return mode & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    return False


S_ISPORT = S_ISWHT = S_ISDOOR

_KINDS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd', S_IFCHR: 'c',
          S_IFIFO: 'p'}


def filemode(mode):
    '''The mode as ls -l shows it, e.g. '-rw-r--r--'.'''
    out = [_KINDS.get(mode & 0o170000, '?')]
    for shift, special, with_x, without_x in ((6, S_ISUID, 's', 'S'), (3, S_ISGID, 's', 'S'),
                                              (0, S_ISVTX, 't', 'T')):
        bits = mode >> shift
        out.append('r' if bits & 4 else '-')
        out.append('w' if bits & 2 else '-')
        if mode & special:
            out.append(with_x if bits & 1 else without_x)
        else:
            out.append('x' if bits & 1 else '-')
    return ''.join(out)
`;
