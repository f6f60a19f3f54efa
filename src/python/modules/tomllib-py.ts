// The `tomllib` module, written for pymm: a TOML 1.0 reader (load/loads, TOMLDecodeError)
// giving the values, the namespace rules (tables declared once, inline tables and arrays
// frozen, dotted keys closing their tables) and the error messages and positions of
// CPython 3.11's tomllib.

/** Source of the tomllib module, run in the module's namespace. */
export const TOMLLIB_PY = String.raw`
'''Reading TOML 1.0 documents into dicts.'''
import re as _re
import string as _string
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ('loads', 'load', 'TOMLDecodeError')


class TOMLDecodeError(ValueError):
    '''A document that is not valid TOML.'''


_CONTROL = frozenset(map(chr, range(32))) | {chr(127)}
_BAD_IN_LINE = _CONTROL - {'\t'}
_BAD_IN_BLOCK = _CONTROL - {'\t', '\n'}
_BLANK = frozenset(' \t')
_BLANK_OR_EOL = frozenset(' \t\n')
_BARE = frozenset(_string.ascii_letters + _string.digits + '-_')
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset(_string.hexdigits)
_SIMPLE_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r',
                   '\\"': '"', '\\\\': '\\'}

_CLOCK = r'([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?'
_NUMBER_RE = _re.compile(
    r'0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)'
    r'|[+-]?(?:0|[1-9](?:_?\d)*)'
    r'(?P<floatpart>(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)', _re.ASCII)
_CLOCK_RE = _re.compile(_CLOCK, _re.ASCII)
_STAMP_RE = _re.compile(
    r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])'
    r'(?:[Tt ]' + _CLOCK + r'(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?', _re.ASCII)

_FROZEN = 'frozen'
_DECLARED = 'declared'


def load(fp, /, *, parse_float=float):
    '''The document read from a binary file object.'''
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        tick = chr(96)
        raise TypeError("File must be opened in binary mode, e.g. use "
                        f"{tick}open('foo.toml', 'rb'){tick}") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    '''The document in a str, as a dict.'''
    return _Parser(s.replace('\r\n', '\n'), parse_float).document()


class _Marks:
    # Per key path: the marks set on it alone and those that cover everything below it.
    def __init__(self):
        self.tree = {}
        self.later = []

    def _node(self, path, make):
        level = self.tree
        node = None
        for part in path:
            node = level.get(part)
            if node is None:
                if not make:
                    return None
                node = level[part] = ({}, set(), set())
            level = node[0]
        return node

    def mark(self, path, mark, deep=False):
        self._node(path, True)[2 if deep else 1].add(mark)

    def has(self, path, mark):
        if not path:
            return False
        level = self.tree
        for part in path[:-1]:
            node = level.get(part)
            if node is None:
                return False
            if mark in node[2]:
                return True
            level = node[0]
        node = level.get(path[-1])
        return node is not None and (mark in node[1] or mark in node[2])

    def forget(self, path):
        parent = self._node(path[:-1], False) if len(path) > 1 else (self.tree,)
        if parent is not None:
            parent[0].pop(path[-1], None)

    def settle(self):
        for path in self.later:
            self.mark(path, _DECLARED)
        self.later.clear()


def _descend(root, path, into_lists=True):
    # The table at path, made as needed; KeyError when a non-table value is in the way.
    table = root
    for part in path:
        table = table.setdefault(part, {})
        if into_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        if parse_float is float:
            self.to_float = float
        else:
            def checked(text):
                value = parse_float(text)
                if isinstance(value, (dict, list)):
                    raise ValueError('parse_float must not return dicts or lists')
                return value
            self.to_float = checked

    def fail(self, message, at=None):
        src = self.src
        at = self.pos if at is None else at
        if at >= len(src):
            where = 'end of document'
        else:
            line = src.count('\n', 0, at) + 1
            column = at + 1 if line == 1 else at - src.rindex('\n', 0, at)
            where = f'line {line}, column {column}'
        return TOMLDecodeError(f'{message} (at {where})')

    def peek(self, width=1):
        return self.src[self.pos:self.pos + width]

    def skip(self, chars):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_to(self, ending, bad, must_end):
        # Moves to the next occurrence of ending (or the end), refusing the bad characters.
        src, start = self.src, self.pos
        stop = src.find(ending, start)
        if stop < 0:
            stop = len(src)
            if must_end:
                raise self.fail(f'Expected {ending!r}', stop)
        for i in range(start, stop):
            if src[i] in bad:
                raise self.fail(f'Found invalid character {src[i]!r}', i)
        self.pos = stop

    def skip_comment(self):
        if self.peek() == '#':
            self.pos += 1
            self.skip_to('\n', _BAD_IN_LINE, False)

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_BLANK_OR_EOL)
            self.skip_comment()
            if self.pos == before:
                return

    def document(self):
        root = {}
        marks = _Marks()
        header = ()
        src = self.src
        while True:
            self.skip(_BLANK)
            here = self.peek()
            if not here:
                break
            if here == '\n':
                self.pos += 1
                continue
            if here in _KEY_START:
                self.assignment(root, marks, header)
                self.skip(_BLANK)
            elif here == '[':
                marks.settle()
                if self.peek(2) == '[[':
                    header = self.array_header(root, marks)
                else:
                    header = self.table_header(root, marks)
                self.skip(_BLANK)
            elif here != '#':
                raise self.fail('Invalid statement')
            self.skip_comment()
            here = self.peek()
            if not here:
                break
            if here != '\n':
                raise self.fail('Expected newline or end of document after a statement')
            self.pos += 1
        return root

    def table_header(self, root, marks):
        self.pos += 1
        self.skip(_BLANK)
        path = self.key()
        if marks.has(path, _DECLARED) or marks.has(path, _FROZEN):
            raise self.fail(f'Cannot declare {path} twice')
        marks.mark(path, _DECLARED)
        try:
            _descend(root, path)
        except KeyError:
            raise self.fail('Cannot overwrite a value') from None
        if self.peek() != ']':
            raise self.fail("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def array_header(self, root, marks):
        self.pos += 2
        self.skip(_BLANK)
        path = self.key()
        if marks.has(path, _FROZEN):
            raise self.fail(f'Cannot mutate immutable namespace {path}')
        marks.forget(path)
        marks.mark(path, _DECLARED)
        try:
            parent = _descend(root, path[:-1])
            entries = parent.setdefault(path[-1], [])
            if not isinstance(entries, list):
                raise KeyError(path[-1])
            entries.append({})
        except KeyError:
            raise self.fail('Cannot overwrite a value') from None
        if self.peek(2) != ']]':
            raise self.fail("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    def assignment(self, root, marks, header):
        path, value = self.pair()
        for i in range(1, len(path)):
            opened = header + path[:i]
            if marks.has(opened, _DECLARED):
                raise self.fail(f'Cannot redefine namespace {opened}')
            marks.later.append(opened)
        owner = header + path[:-1]
        if marks.has(owner, _FROZEN):
            raise self.fail(f'Cannot mutate immutable namespace {owner}')
        try:
            table = _descend(root, owner)
        except KeyError:
            raise self.fail('Cannot overwrite a value') from None
        if path[-1] in table:
            raise self.fail('Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            marks.mark(header + path, _FROZEN, deep=True)
        table[path[-1]] = value

    def pair(self):
        path = self.key()
        if self.peek() != '=':
            raise self.fail("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_BLANK)
        return path, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_BLANK)
        while self.peek() == '.':
            self.pos += 1
            self.skip(_BLANK)
            parts.append(self.key_part())
            self.skip(_BLANK)
        return tuple(parts)

    def key_part(self):
        here = self.peek()
        if here and here in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if here == "'":
            return self.literal()
        if here == '"':
            self.pos += 1
            return self.basic(False)
        raise self.fail('Invalid initial character for a key part')

    def value(self):
        src, pos = self.src, self.pos
        here = src[pos:pos + 1]
        if here == '"':
            if src.startswith('"""', pos):
                return self.block('"')
            self.pos += 1
            return self.basic(False)
        if here == "'":
            if src.startswith("'''", pos):
                return self.block("'")
            return self.literal()
        for word, meaning in (('true', True), ('false', False)):
            if src.startswith(word, pos):
                self.pos += len(word)
                return meaning
        if here == '[':
            return self.array()
        if here == '{':
            return self.inline_table()
        found = _STAMP_RE.match(src, pos)
        if found:
            try:
                stamp = _stamp(found.groups())
            except ValueError as exc:
                raise self.fail('Invalid date or datetime') from exc
            self.pos = found.end()
            return stamp
        found = _CLOCK_RE.match(src, pos)
        if found:
            self.pos = found.end()
            hour, minute, second, fraction = found.groups()
            return _time(int(hour), int(minute), int(second), _micros(fraction))
        found = _NUMBER_RE.match(src, pos)
        if found:
            self.pos = found.end()
            if found['floatpart']:
                return self.to_float(found[0])
            return int(found[0], 0)
        for width in (3, 4):
            word = src[pos:pos + width]
            if word in ('inf', 'nan', '+inf', '-inf', '+nan', '-nan'):
                self.pos += width
                return self.to_float(word)
        raise self.fail('Invalid value')

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        if self.peek() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            here = self.peek()
            if here == ']':
                self.pos += 1
                return items
            if here != ',':
                raise self.fail('Unclosed array')
            self.pos += 1
            self.skip_array_space()
            if self.peek() == ']':
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        marks = _Marks()
        self.skip(_BLANK)
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            path, value = self.pair()
            if marks.has(path, _FROZEN):
                raise self.fail(f'Cannot mutate immutable namespace {path}')
            try:
                inner = _descend(table, path[:-1], into_lists=False)
            except KeyError:
                raise self.fail('Cannot overwrite a value') from None
            if path[-1] in inner:
                raise self.fail(f'Duplicate inline table key {path[-1]!r}')
            inner[path[-1]] = value
            self.skip(_BLANK)
            here = self.peek()
            if here == '}':
                self.pos += 1
                return table
            if here != ',':
                raise self.fail('Unclosed inline table')
            if isinstance(value, (dict, list)):
                marks.mark(path, _FROZEN, deep=True)
            self.pos += 1
            self.skip(_BLANK)

    def literal(self):
        self.pos += 1
        start = self.pos
        self.skip_to("'", _BAD_IN_LINE, True)
        self.pos += 1
        return self.src[start:self.pos - 1]

    def block(self, quote):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        if quote == "'":
            start = self.pos
            self.skip_to("'''", _BAD_IN_BLOCK, True)
            text = self.src[start:self.pos]
            self.pos += 3
        else:
            text = self.basic(True)
        # One or two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            self.pos += 1
            text += quote
        return text

    def basic(self, multiline):
        src = self.src
        bad = _BAD_IN_BLOCK if multiline else _BAD_IN_LINE
        pieces = []
        start = pos = self.pos
        while True:
            if pos >= len(src):
                raise self.fail('Unterminated string', pos)
            here = src[pos]
            if here == '"':
                if not multiline:
                    self.pos = pos + 1
                    return ''.join(pieces) + src[start:pos]
                if src.startswith('"""', pos):
                    self.pos = pos + 3
                    return ''.join(pieces) + src[start:pos]
                pos += 1
            elif here == '\\':
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                start = pos = self.pos
            elif here in bad:
                raise self.fail(f'Illegal character {here!r}', pos)
            else:
                pos += 1

    def escape(self, multiline):
        src = self.src
        code = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and code in ('\\ ', '\\\t', '\\\n'):
            # A line-ending backslash eats the whitespace up to the next text.
            if code != '\\\n':
                self.skip(_BLANK)
                here = self.peek()
                if not here:
                    return ''
                if here != '\n':
                    raise self.fail("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_BLANK_OR_EOL)
            return ''
        if code in ('\\u', '\\U'):
            width = 4 if code == '\\u' else 8
            digits = src[self.pos:self.pos + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.fail('Invalid hex value')
            self.pos += width
            point = int(digits, 16)
            if not (0 <= point <= 0xD7FF or 0xE000 <= point <= 0x10FFFF):
                raise self.fail('Escaped character is not a Unicode scalar value')
            return chr(point)
        try:
            return _SIMPLE_ESCAPES[code]
        except KeyError:
            raise self.fail("Unescaped '\\' in a string") from None


def _micros(fraction):
    return int(fraction.ljust(6, '0')) if fraction else 0


def _stamp(groups):
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = groups
    day_value = _date(int(year), int(month), int(day))
    if hour is None:
        return day_value
    if sign:
        factor = 1 if sign == '+' else -1
        zone = _timezone(_timedelta(hours=factor * int(off_h), minutes=factor * int(off_m)))
    else:
        zone = _timezone.utc if zulu else None
    return _datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                     _micros(fraction), tzinfo=zone)
`;
