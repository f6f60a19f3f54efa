// The string module in Python: the character-class constants, capwords, Template.

/** Python source of the `string` module, run in the module's namespace. */
export const STRING_PY = String.raw`
'''A collection of string constants.'''

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&' + "'" + '()*+,-./:;<=>?@[\\]^_' + chr(96) + '{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    '''capwords(s [,sep]) -> string'''
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    '''A string class for supporting $-substitutions.'''

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        d = self.delimiter
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and t[k] == '{'
            start = k + 1 if braced else k
            m = start
            while m < n and (t[m] == '_' or 'a' <= t[m] <= 'z' or 'A' <= t[m] <= 'Z'
                             or (m > start and '0' <= t[m] <= '9')):
                m += 1
            name = t[start:m]
            if braced:
                ok = name and m < n and t[m] == '}'
                end = m + 1
            else:
                ok = bool(name)
                end = m
            if not ok:
                if safe:
                    out.append(d)
                    i = k
                    continue
                lines = t[:j].splitlines(keepends=True)
                if not lines:
                    colno, lineno = 1, 1
                else:
                    colno = j - len(''.join(lines[:-1])) + 1
                    lineno = len(lines)
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (lineno, colno))
            try:
                out.append('%s' % (mapping[name],))
            except KeyError:
                if not safe:
                    raise
                out.append(t[j:end])
            i = end
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._scan(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan(_AnyMap(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = _Recorder()
        self._scan(ids, True)
        return ids.names


class _AnyMap:
    def __getitem__(self, key):
        return ''


class _Recorder:
    def __init__(self):
        self.names = []

    def __getitem__(self, key):
        if key not in self.names:
            self.names.append(key)
        return ''


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
`;
