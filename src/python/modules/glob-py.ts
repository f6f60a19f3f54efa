// The `glob` module: shell-style wildcards (*, ?, [seq], and ** with recursive=True) over the
// run's in-memory file system, with CPython 3.11's results: names in directory order, hidden
// names matched only by patterns that start with a dot (or with include_hidden), the
// pattern's own spelling of its literal part kept. pathlib's glob uses its name matcher.

/** Python source of `glob`. */
export const GLOB_PY = String.raw`
'''Filename globbing utility.'''
import os
import re

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')
_compiled = {}


def has_magic(s):
    '''True if s holds a wildcard character.'''
    return (_MAGIC_BYTES if isinstance(s, bytes) else _MAGIC).search(s) is not None


def _regex(pattern):
    # The regular expression of one shell-style name pattern (fnmatch's meaning).
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if pattern[j:j + 1] == '!':
                j += 1
            if pattern[j:j + 1] == ']':
                j += 1
            close = pattern.find(']', j)
            if close < 0:
                out.append('\\[')
                continue
            body = pattern[i:close]
            i = close + 1
            negate = body[:1] == '!'
            chars = ''.join('\\' + ch if ch in '\\^[]' else ch for ch in body[negate:])
            out.append(('[^' if negate else '[') + chars + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + r')\Z'


def name_matcher(pattern):
    '''A function telling whether a name matches a shell-style pattern (str).'''
    found = _compiled.get(pattern)
    if found is None:
        if len(_compiled) > 256:
            _compiled.clear()
        found = _compiled[pattern] = re.compile(_regex(pattern)).match
    return found


def _names(folder, dirs_only):
    try:
        with os.scandir(folder or os.curdir) as entries:
            return [e.name for e in entries if not dirs_only or e.is_dir()]
    except OSError:
        return []


def _hidden(name):
    return name[:1] == '.'


def _matching(folder, pattern, dirs_only, include_hidden):
    match = name_matcher(pattern)
    return [name for name in _names(folder, dirs_only)
            if match(name) and (include_hidden or _hidden(pattern) or not _hidden(name))]


def _descend(folder, dirs_only, include_hidden):
    # Every name below folder, depth first (a directory before what it holds).
    for name in _names(folder, False):
        if include_hidden or not _hidden(name):
            path = os.path.join(folder, name) if folder else name
            is_dir = os.path.isdir(path)
            if is_dir or not dirs_only:
                yield name
            if is_dir:
                for below in _descend(path, dirs_only, include_hidden):
                    yield os.path.join(name, below)


def _expand(pattern, dirs_only, recursive, include_hidden):
    # The paths (as the pattern spells them) a pattern matches.
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        if tail:
            if os.path.lexists(pattern):
                yield pattern
        elif os.path.isdir(head):
            yield pattern
        return
    if not head:
        yield from _last(head, tail, dirs_only, recursive, include_hidden)
        return
    if head != pattern and has_magic(head):
        folders = _expand(head, True, recursive, include_hidden)
    else:
        folders = [head]
    for folder in folders:
        if not has_magic(tail):
            if (os.path.isdir(folder) if not tail else os.path.lexists(os.path.join(folder, tail))):
                yield os.path.join(folder, tail)
            continue
        for name in _last(folder, tail, dirs_only, recursive, include_hidden):
            yield os.path.join(folder, name)


def _last(folder, tail, dirs_only, recursive, include_hidden):
    if recursive and tail == '**':
        yield ''
        yield from _descend(folder, dirs_only, include_hidden)
    else:
        yield from _matching(folder, tail, dirs_only, include_hidden)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    '''An iterator of the paths matching a pathname pattern.'''
    pathname = os.fspath(pathname)
    raw = isinstance(pathname, bytes)
    text = os.fsdecode(pathname)
    if root_dir is not None:
        base = os.fsdecode(os.fspath(root_dir))
        found = _expand_under(base, text, recursive, include_hidden)
    else:
        found = _expand(text, False, recursive, include_hidden)
    for path in found:
        if not path and (recursive and text[:2] == '**' or not text):
            continue
        yield os.fsencode(path) if raw else path


def _expand_under(base, text, recursive, include_hidden):
    if os.path.isabs(text):
        yield from _expand(text, False, recursive, include_hidden)
        return
    start = len(base.rstrip('/')) + 1
    for path in _expand(os.path.join(base, text), False, recursive, include_hidden):
        yield path[start:]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    '''The list of paths matching a pathname pattern.'''
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def escape(pathname):
    '''The pathname with its wildcard characters made literal.'''
    if isinstance(pathname, bytes):
        drive, rest = b'', pathname
        return drive + _MAGIC_BYTES.sub(br'[\1]', rest)
    return _MAGIC.sub(r'[\1]', pathname)
`;
