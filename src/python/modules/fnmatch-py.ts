// The fnmatch module in Python: shell-style wildcard matching of names (fnmatch, fnmatchcase,
// filter) and translate, whose regular-expression text is CPython 3.11's exactly (atomic groups
// for the stars between fixed pieces), following the behaviour of CPython 3.11's module. Plain
// str names and patterns are matched natively (_fnmatch, fnmatch-native.ts).

/** Python source of the `fnmatch` module, run in the module's namespace. */
export const FNMATCH_PY = String.raw`"""Unix shell-style wildcards: * any run, ? one character, [seq] / [!seq] one of / none of seq."""

import os
import posixpath
import re
import _fnmatch as _native

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


_POSIX = os.path is posixpath
_normcase = os.path.normcase


def fnmatch(name, pat):
    """Whether name matches pat after os.path.normcase of both (a no-op on POSIX)."""
    # On POSIX normcase returns a str or bytes unchanged: skip the calls for those.
    if not (_POSIX and type(name) in _PLAIN):
        name = _normcase(name)
    if not (_POSIX and type(pat) in _PLAIN):
        pat = _normcase(pat)
    return fnmatchcase(name, pat)


_PLAIN = (str, bytes)
_matchers = {}  # (pattern, its type) -> the compiled pattern's match method


def _compile_pattern(pat):
    key = (pat, type(pat))
    found = _matchers.get(key)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
        else:
            text = translate(pat)
        found = re.compile(text).match
        if len(_matchers) >= 32768:
            _matchers.clear()
        _matchers[key] = found
    return found


def filter(names, pat):
    """The names of the iterable that match pat, in order, as a list."""
    pat = _normcase(pat)
    if _POSIX:
        kept = _native.filter(names, pat)  # None unless a list of strs and a str pattern
        if kept is not None:
            return kept
        matcher = _compile_pattern(pat)
        return [n for n in names if matcher(n)]
    matcher = _compile_pattern(pat)
    return [n for n in names if matcher(_normcase(n))]


def fnmatchcase(name, pat):
    """Whether name matches pat, with case significant and no normcase."""
    found = _native.match(name, pat)  # None unless both are strs
    if found is None:
        found = _compile_pattern(pat)(name) is not None
    return found


_STAR = object()


def _bracket(body):
    # The class text for what stood between '[' and ']'. A '-' after the first character
    # (after a leading '!') makes a range; ranges with reversed ends are dropped; other
    # backslashes and hyphens are escaped; the set operators &, ~, | are escaped too.
    if '-' in body:
        pieces = []
        start = 0
        look = 2 if body[:1] == '!' else 1
        while True:
            dash = body.find('-', look)
            if dash < 0:
                break
            pieces.append(body[start:dash])
            start = dash + 1
            look = dash + 3
        tail = body[start:]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        k = len(pieces) - 1
        while k > 0:
            left, right = pieces[k - 1], pieces[k]
            if left[-1] > right[0]:
                pieces[k - 1] = left[:-1] + right[1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    else:
        body = body.replace('\\', '\\\\')
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in '^[':
        return '[\\' + body + ']'
    return '[' + body + ']'


def _tokens(pat):
    # The pattern as regex pieces, with _STAR for each run of '*'.
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            end = i
            if end < n and pat[end] == '!':
                end += 1
            if end < n and pat[end] == ']':
                end += 1
            end = pat.find(']', end)
            if end < 0:
                out.append('\\[')
            else:
                out.append(_bracket(pat[i:end]))
                i = end + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (a str) that matches exactly what the shell pattern pat does."""
    parts = _tokens(pat)
    n = len(parts)
    i = 0
    while i < n and parts[i] is not _STAR:
        i += 1
    text = ''.join(parts[:i])
    # Each star then fixed run: the last star is a plain greedy .*; the ones before it
    # match lazily up to their fixed run inside an atomic group, so no backtracking.
    while i < n:
        i += 1
        j = i
        while j < n and parts[j] is not _STAR:
            j += 1
        fixed = ''.join(parts[i:j])
        if j == n:
            text += '.*' + fixed
        else:
            text += '(?>.*?' + fixed + ')'
        i = j
    return '(?s:' + text + ')\\Z'
`;
