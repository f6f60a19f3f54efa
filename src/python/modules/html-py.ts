// The html package in Python: escape and unescape (every HTML5 named reference, numeric
// references with the HTML5 replacements for invalid code points), and html.entities (html5,
// name2codepoint, codepoint2name, entitydefs), following the behaviour of CPython 3.11's modules.
// html.entities is native (html-entities.ts); html.parser is html-parser-py.ts.

/** Python source of the `html` package, run in the module's namespace. */
export const HTML_PY = String.raw`"""Escaping and unescaping of HTML text."""

import re as _re

__all__ = ['escape', 'unescape']
__path__ = []

from html.entities import html5 as _html5
from _html import unescape as _native_unescape


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, " and ') replaced by HTML-safe references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# What a numeric reference to 0x80-0x9F means (windows-1252, as HTML5 says), and the
# replacements for NUL and CR.
_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d'
       '\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a'
       '\u0153\x9d\u017e\u0178')


def _numeric(cp):
    if cp == 0:
        return '\ufffd'
    if cp == 13:
        return '\r'
    if 0x80 <= cp <= 0x9f:
        return _C1[cp - 0x80]
    if cp > 0x10ffff or 0xd800 <= cp <= 0xdfff:
        return '\ufffd'
    # Control characters, noncharacters and each plane's last two code points vanish.
    if (cp <= 8 or cp == 11 or 14 <= cp <= 31 or 127 <= cp <= 159
            or 0xfdd0 <= cp <= 0xfdef or cp & 0xfffe == 0xfffe):
        return ''
    return chr(cp)


def _expand(m):
    ref = m.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        if digits[0] in 'xX':
            return _numeric(int(digits[1:], 16))
        return _numeric(int(digits))
    found = _html5.get(ref)
    if found is not None:
        return found
    # The longest known name (they can stand without ';') that starts the reference.
    for end in range(len(ref) - 1, 1, -1):
        found = _html5.get(ref[:end])
        if found is not None:
            return found + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with every named and numeric character reference replaced by its characters."""
    if '&' not in s:
        return s
    done = _native_unescape(s)  # None for a str subclass
    return _REFERENCE.sub(_expand, s) if done is None else done
`;
