// The string module in Python: character-class constants, capwords, Template ($-substitution)
// and Formatter (str.format's engine, overridable step by step), following the behaviour of
// CPython 3.11's module.

/** Python source of the `string` module, run in the module's namespace. */
export const STRING_PY = String.raw`
'''Character-class constants, capwords, Template and Formatter.'''

import re as _re

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

ascii_lowercase = ''.join(map(chr, range(97, 123)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_lowercase.upper()
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    '''Split s on sep, capitalize each word, join them with sep (or one space).'''
    joiner = ' ' if sep is None else sep
    return joiner.join([word.capitalize() for word in s.split(sep)])


def _template_regex(cls):
    '''The compiled placeholder pattern of a Template class, built from its attributes.'''
    own = cls.__dict__.get('pattern')
    if own is not None and not isinstance(own, str):
        return own
    if own is None:
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        own = (_re.escape(cls.delimiter) + '(?:(?P<escaped>' + _re.escape(cls.delimiter) +
               ')|(?P<named>' + ident + ')|{(?P<braced>' + braced + ')}|(?P<invalid>))')
    return _re.compile(own, cls.flags | _re.VERBOSE)


class Template:
    '''A string with $-placeholders, filled in by substitute() or safe_substitute().'''

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _where(self, at):
        before = self.template[:at].splitlines(keepends=True)
        if not before:
            return 1, 1
        return len(before), at - sum(map(len, before[:-1]))

    def _fill(self, mapping, kws, lenient):
        if kws:
            lookup = dict(mapping, **kws) if mapping else kws
        else:
            lookup = mapping

        def one(match):
            key = match.group('named') or match.group('braced')
            if key is not None:
                if not lenient:
                    return str(lookup[key])
                try:
                    return str(lookup[key])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                if lenient:
                    return match.group()
                line, col = self._where(match.start('invalid'))
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(one, self.template)

    def substitute(self, mapping={}, /, **kws):
        '''Replace every placeholder; a missing key raises KeyError.'''
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        '''Replace the placeholders that can be; leave the others as written.'''
        return self._fill(mapping, kws, True)

    def is_valid(self):
        '''Whether the template has no invalid placeholder.'''
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        '''The distinct placeholder names of valid placeholders, in first-seen order.'''
        names = []
        for match in self.pattern.finditer(self.template):
            key = match.group('named') or match.group('braced')
            if key is not None:
                if key not in names:
                    names.append(key)
            elif match.group('invalid') is None and match.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return names


Template.pattern = _template_regex(Template)


def _split_format(text):
    '''Yield (literal, field, spec, conversion) for each piece of a format string, as
    str.format reads it (a doubled brace ends a literal piece with one brace).'''
    n = len(text)
    i = 0
    while i < n:
        j = i
        while j < n and text[j] not in '{}':
            j += 1
        if j == n:
            yield text[i:], None, None, None
            return
        brace = text[j]
        doubled = j + 1 < n and text[j + 1] == brace
        if brace == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and j + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            yield text[i:j + 1], None, None, None
            i = j + 2
            continue
        literal = text[i:j]
        field, conversion, spec, i = _read_field(text, j + 1)
        yield literal, field, spec, conversion


def _read_field(text, at):
    '''Read the replacement field starting after its "{": (name, conversion, spec, end).'''
    n = len(text)
    k = at
    stop = ''
    while k < n:
        c = text[k]
        k += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while k < n and text[k] != ']':
                k += 1
        elif c in '}:!':
            stop = c
            break
    name = text[at:k - 1] if stop else text[at:k]
    if stop == '}':
        return name, None, '', k
    if not stop:
        raise ValueError("expected '}' before end of string")
    conversion = None
    if stop == '!':
        if k >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[k]
        k += 1
        if k < n:
            c = text[k]
            k += 1
            if c == '}':
                return name, conversion, '', k
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = k
    depth = 1
    while k < n:
        c = text[k]
        k += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[spec_start:k - 1], k
    raise ValueError("unmatched '{' in format spec")


def _field_path(name):
    '''Split a field name into its first part and a list of (is_attribute, key) steps.'''
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    head = name[:k]
    head = int(head) if head.isdigit() else head
    steps = []
    while k < len(name):
        if name[k] == '.':
            end = k + 1
            while end < len(name) and name[end] not in '.[':
                end += 1
            attr = name[k + 1:end]
            if not attr:
                raise ValueError('Empty attribute in format string')
            steps.append((True, attr))
            k = end
        elif name[k] == '[':
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:end]
            if not key:
                raise ValueError('Empty attribute in format string')
            steps.append((False, int(key) if key.isdigit() else key))
            k = end + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return head, steps


class Formatter:
    '''str.format's machinery, split into methods a subclass may override.'''

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, next_index):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if next_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field = str(next_index)
                next_index += 1
            elif field.isdigit():
                if next_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                next_index = False
            value, key = self.get_field(field, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_index = self._expand(spec, args, kwargs, used, depth - 1, next_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), next_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return list(_split_format(format_string))

    def get_field(self, field_name, args, kwargs):
        head, steps = _field_path(field_name)
        value = self.get_value(head, args, kwargs)
        for is_attr, key in steps:
            value = getattr(value, key) if is_attr else value[key]
        return value, head
`;

/** Python source of `_string`: str.format's parsing helpers, shared with string.Formatter. */
export const STRING_C_PY = String.raw`
'''string helper module'''


def formatter_parser(format_string):
    '''An iterator of (literal, field_name, format_spec, conversion) for a format string.'''
    if not isinstance(format_string, str):
        raise TypeError('expected str, got %s' % type(format_string).__name__)
    from string import _split_format
    return _split_format(format_string)


def formatter_field_name_split(field_name):
    '''(first, rest) of a field name: rest iterates (is_attribute, key) pairs.'''
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    from string import _field_path
    head, steps = _field_path(field_name)
    return head, iter(steps)

`;
