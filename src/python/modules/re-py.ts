// re's Python half, run on pymm at `import re`: RegexFlag, error, Pattern, Match, templates
// and the module functions, over the natives _native_compile, _exec, _scan, _findall and _sub
// (re.ts). It follows the behaviour of CPython 3.11's re module: the same matches, reprs,
// flags and error messages.

/** The Python source. */
export const RE_PY = String.raw`
def _flag_operator(combine):
    # A bitwise operator of RegexFlag: flags combine with any int into a flag.
    def operator(self, other):
        if isinstance(other, int):
            return RegexFlag(combine(int(self), int(other)))
        return NotImplemented
    return operator


class RegexFlag(int):
    __module__ = 're'

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name in _FLAG_ORDER:
            bit = _FLAGS[name]
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    __or__ = __ror__ = _flag_operator(int.__or__)
    __and__ = __rand__ = _flag_operator(int.__and__)
    __xor__ = __rxor__ = _flag_operator(int.__xor__)

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


_FLAG_ORDER = ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE',
               'TEMPLATE', 'DEBUG')
_ALL_FLAGS = 0
for _name in _FLAG_ORDER:
    _ALL_FLAGS |= _FLAGS[_name]
    globals()[_name] = RegexFlag(_FLAGS[_name])
NOFLAG = RegexFlag(0)
A = ASCII
I = IGNORECASE
L = LOCALE
U = UNICODE
M = MULTILINE
S = DOTALL
X = VERBOSE
T = TEMPLATE
del _name

_REPR_FLAGS = ('TEMPLATE', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'UNICODE', 'VERBOSE',
               'DEBUG', 'ASCII')


class error(Exception):
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            # The position, and for a pattern of several lines also its line and column.
            eol = '\n' if isinstance(pattern, str) else b'\n'
            line_start = pattern.rfind(eol, 0, pos)
            self.lineno = 1 + pattern.count(eol, 0, pos)
            self.colno = pos - line_start
            text = f'{msg} at position {pos}'
            if eol in pattern:
                text += f' (line {self.lineno}, column {self.colno})'
        super().__init__(text)


_NO_ARG = object()


_MAXSIZE = 9223372036854775807


def _group_index(pattern, g):
    if isinstance(g, int):
        if 0 <= g <= pattern.groups:
            return g
    elif isinstance(g, str):
        i = pattern.groupindex.get(g)
        if i is not None:
            return i
    elif hasattr(type(g), '__index__'):
        return _group_index(pattern, g.__index__())
    raise IndexError('no such group')


class Match:
    __module__ = 're'
    __slots__ = ('_spans', '_pattern', 'string')

    def __init__(self, *_args, **_kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __sizeof__(self):
        # CPython's match object: 88 bytes, and a (start, end) pair of words for each group
        # and for the whole match.
        return 88 + 16 * (self._pattern.groups + 1)

    @property
    def re(self):
        return self._pattern

    @property
    def pos(self):
        return self._spans[-2]

    @property
    def endpos(self):
        return self._spans[-1]

    def _get(self, i):
        s = self._spans[2 * i]
        if s < 0:
            return None
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(_group_index(self._pattern, args[0]))
        return tuple([self._get(_group_index(self._pattern, g)) for g in args])

    def __getitem__(self, g):
        return self._get(_group_index(self._pattern, g))

    def groups(self, default=None):
        out = []
        for i in range(1, self._pattern.groups + 1):
            v = self._get(i)
            out.append(default if v is None else v)
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        for name, i in self._pattern.groupindex.items():
            v = self._get(i)
            out[name] = default if v is None else v
        return out

    def start(self, group=0):
        return self._spans[2 * _group_index(self._pattern, group)]

    def end(self, group=0):
        return self._spans[2 * _group_index(self._pattern, group) + 1]

    def span(self, group=0):
        i = _group_index(self._pattern, group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        sp = self._spans
        return tuple([(sp[2 * i], sp[2 * i + 1]) for i in range(self._pattern.groups + 1)])

    @property
    def lastindex(self):
        sp = self._spans
        parents = self._pattern._parents
        best = None
        for i in range(1, self._pattern.groups + 1):
            if sp[2 * i] < 0:
                continue
            if best is None or sp[2 * i + 1] > sp[2 * best + 1]:
                best = i
            elif sp[2 * i + 1] == sp[2 * best + 1] and not _encloses(parents, best, i):
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self._pattern.groupindex.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        return _expand_template(self._pattern, _parse_template(self._pattern, template), self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self._get(0))[:50])

    # copy and deepcopy: patterns and matches are immutable, so themselves.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _PatternScanner:
    '''The SRE_Scanner of Pattern.scanner: successive matches, each from where the last ended
    (one past an empty match, which cannot repeat at the same place).'''

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = max(0, pos)
        self._endpos = endpos
        self._advance = False

    def _next(self, how):
        if self._pos is None:
            return None
        at = self._pos
        m = how(self._string, at, self._endpos)
        if m is not None and self._advance and m.end() == at and m.start() == at:
            m = None if how == self.pattern.match else self.pattern.search(
                self._string, at + 1, self._endpos) if at < len(self._string) else None
        if m is None:
            self._pos = None
            return None
        self._advance = m.end() == m.start()
        self._pos = m.end()
        return m

    def match(self):
        return self._next(self.pattern.match)

    def search(self):
        return self._next(self.pattern.search)


def _encloses(parents, outer, inner):
    p = parents[inner]
    while p:
        if p == outer:
            return True
        p = parents[p]
    return False


def _new_match(pattern, string, spans):
    m = _object_new(Match)
    m._spans = spans
    m._pattern = pattern
    m.string = string
    return m


_object_new = object.__new__


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    __module__ = 're'
    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_id', '_parents', '_templates',
                 '__weakref__')

    def __init__(self, *_args, **_kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def match(self, string, pos=0, endpos=_MAXSIZE):
        spans = _exec(self._id, string, pos, endpos, 1)
        return None if spans is None else _new_match(self, string, spans)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        spans = _exec(self._id, string, pos, endpos, 2)
        return None if spans is None else _new_match(self, string, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        spans = _exec(self._id, string, pos, endpos, 0)
        return None if spans is None else _new_match(self, string, spans)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = _scan(self._id, string, pos, endpos, 0)
        tail = _bounds(string, pos, endpos)
        return iter([_new_match(self, string, spans + tail) for spans in found])

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        '''An iterator-like object whose match() and search() go on from the last match.'''
        return _PatternScanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _findall(self._id, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        found = _scan(self._id, string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        for sp in found:
            out.append(string[last:sp[0]])
            for i in range(1, self.groups + 1):
                out.append(None if sp[2 * i] < 0 else string[sp[2 * i]:sp[2 * i + 1]])
            last = sp[1]
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if count < 0:
            count = -1
        if callable(repl):
            template = None
        else:
            if not isinstance(repl, (str, bytes)):
                raise TypeError('expected str instance, %s found' % type(repl).__name__)
            if isinstance(self.pattern, str) != isinstance(repl, str):
                if isinstance(repl, str):
                    raise TypeError('expected a bytes-like object, str found')
                raise TypeError('expected str instance, %s found' % type(repl).__name__)
            template = self._template(repl)
            if count < 0:
                return string, 0
            return _sub(self._id, string, template, count)
        found = [] if count < 0 else _scan(self._id, string, 0, _MAXSIZE, count)
        parts = []
        last = 0
        for sp in found:
            if last < sp[0]:
                parts.append(string[last:sp[0]])
            item = repl(_new_match(self, string, sp + (0, len(string))))
            if item is not None:
                parts.append(item)
            last = sp[1]
        if last < len(string):
            parts.append(string[last:])
        return _join(string[0:0], parts), len(found)

    def _template(self, repl):
        cache = self._templates
        t = cache.get(repl)
        if t is None:
            t = _parse_template(self, repl)
            cache[repl] = t
        return t

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (_FLAGS['LOCALE'] | _FLAGS['UNICODE'] | _FLAGS['ASCII']) == _FLAGS['UNICODE']:
            flags &= ~_FLAGS['UNICODE']
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name in _REPR_FLAGS:
            bit = _FLAGS[name]
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # copy and deepcopy: patterns and matches are immutable, so themselves.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIGITS = '0123456789'


def _parse_template(pattern, repl):
    """The template as a list of literal strings and group numbers."""
    is_bytes = isinstance(repl, bytes)
    source = repl.decode('latin-1') if is_bytes else repl
    items = []
    literal = []
    n = len(source)
    i = 0

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def add_ref(index, pos):
        if index > pattern.groups:
            fail('invalid group reference %d' % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = source[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail('bad escape (end of pattern)', i)
        start = i
        c = source[i + 1]
        i += 2
        if c == 'g':
            if i >= n or source[i] != '<':
                fail('missing <', i)
            i += 1
            j = source.find('>', i)
            if j < 0:
                name = source[i:]
                if not name:
                    fail('missing group name', i)
                fail('missing >, unterminated name', i)
            name = source[i:j]
            if not name:
                fail('missing group name', i)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                if not name.isdigit() or not name.isascii():
                    fail("bad character in group name '%s'" % name, i)
                index = int(name)
                if index >= 1073741823:
                    fail('invalid group reference %d' % index, i)
            i = j + 1
            add_ref(index, i - len(name) - 1)
        elif c == '0':
            digits = ''
            while len(digits) < 2 and i < n and source[i] in _OCT:
                digits += source[i]
                i += 1
            literal.append(chr(int('0' + digits, 8) & 0xff))
        elif c in _DIGITS:
            text = c
            if i < n and source[i] in _DIGITS:
                text += source[i]
                i += 1
                if c in _OCT and text[1] in _OCT and i < n and source[i] in _OCT:
                    text += source[i]
                    i += 1
                    value = int(text, 8)
                    if value > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % text, start)
                    literal.append(chr(value))
                    continue
            add_ref(int(text), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif ('a' <= c <= 'z') or ('A' <= c <= 'Z'):
            fail('bad escape \\%s' % c, start)
        else:
            literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    if is_bytes:
        items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
    return items


def _expand_template(pattern, template, m):
    empty = m.string[0:0]
    parts = []
    for item in template:
        if type(item) is int:  # a group number; the literals are str or bytes
            item = m._get(item)
        if item is not None:
            parts.append(item)
    return _join(empty, parts)


def _join(empty, parts):
    if isinstance(empty, str):
        return empty.join(parts)
    out = empty
    for p in parts:
        out += p
    return out


_cache = {}
_MAXCACHE = 512


def _pattern_for(pattern, flags):
    # The compiled pattern, from the cache of recent ones when possible.
    flags = int(flags) if isinstance(flags, RegexFlag) else flags
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):  # not cached, or an unhashable argument
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    info = _native_compile(pattern, flags)
    if info[0] is None:
        raise error(info[1], pattern, info[2])
    p = object.__new__(Pattern)
    p._id, p.flags, p.groups, p.groupindex, p._parents = info
    p.pattern = pattern
    p._templates = {}
    if len(_cache) >= _MAXCACHE:
        # Forget the oldest entry (dicts keep insertion order).
        _cache.pop(next(iter(_cache)), None)
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    '''Compile a regular expression pattern, returning a Pattern object.'''
    return _pattern_for(pattern, flags)


def match(pattern, string, flags=0):
    '''Try to apply the pattern at the start of the string; a Match or None.'''
    return _pattern_for(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    '''Try to apply the pattern to all of the string; a Match or None.'''
    return _pattern_for(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    '''Scan the string for a match of the pattern; a Match or None.'''
    return _pattern_for(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    '''The string with (up to count) matches replaced by repl (a template or a function).'''
    return _pattern_for(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    '''As sub, with the number of replacements: (new_string, number).'''
    return _pattern_for(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    '''Split the string at the matches (with the groups' text between the pieces).'''
    return _pattern_for(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    '''All non-overlapping matches: strings, or tuples of groups for several groups.'''
    return _pattern_for(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    '''An iterator of Match objects over all non-overlapping matches.'''
    return _pattern_for(pattern, flags).finditer(string)


def template(pattern, flags=0):
    '''Compile a template pattern (deprecated): re.compile with the TEMPLATE flag.'''
    try:
        import warnings
    except ImportError:
        pass
    else:
        warnings.warn('The re.template() function is deprecated as it is an undocumented '
                      'function without an obvious purpose. Use re.compile() instead.',
                      DeprecationWarning)
    return _pattern_for(pattern, flags | T)


def purge():
    _cache.clear()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    '''Backslash-escape the characters of pattern that are special in a regular expression.'''
    raw = not isinstance(pattern, str)
    text = str(pattern, 'latin-1') if raw else pattern
    quoted = ''.join(['\\' + c if c in _SPECIAL else c for c in text])
    return quoted.encode('latin-1') if raw else quoted


class Scanner:
    '''A simple lexer: lexicon is a list of (pattern, action) pairs tried in order at each
    position; scan() returns the actions' results and the unmatched rest of the string.'''

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Each phrase is one outer group; the group that closes last (lastindex) is the phrase.
        self._phrase_of_group = {}
        alternatives = []
        group = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._phrase_of_group[group] = index
            alternatives.append('(' + phrase + ')')
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(alternatives), flags)

    def scan(self, string):
        found = []
        at = 0
        while True:
            m = self.scanner.match(string, at)
            if m is None:
                break
            end = m.end()
            if end == at:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                found.append(action)
            at = end
        return found, string[at:]


# The tp_names of CPython's C types (messages show 're.Pattern').
for _cls in (Pattern, Match):
    _set_tp_name(_cls, 're.' + _cls.__name__)
del _cls, _set_tp_name


__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']
`;
