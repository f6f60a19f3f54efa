// urllib.parse: splitting URLs into named-tuple results, joining them, resolving relative
// references, percent-quoting and query strings. It follows the behaviour of CPython 3.11's
// module (its parsing quirks and error messages included); the bracketed-host check has its
// own small IPv4/IPv6 validator since pymm has no ipaddress module.

/** The Python source of the urllib package (empty: its one submodule is urllib.parse). */
export const URLLIB_PY = String.raw`
__path__ = []
`;

/** The Python source of urllib.parse. */
export const URLLIB_PARSE_PY = String.raw`
"""Parse (absolute and relative) URLs: urlsplit, urljoin, quote, parse_qs and friends."""

from collections import namedtuple as _record
import types as _types

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag',
           'urlsplit', 'urlunsplit', 'urlencode', 'parse_qs',
           'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes',
           'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

uses_relative = [''] + ('ftp http gopher nntp imap wais file https shttp mms prospero '
                        'rtsp rtsps rtspu sftp svn svn+ssh ws wss').split()
uses_netloc = [''] + ('ftp http gopher nntp telnet imap wais file mms https shttp snews '
                      'prospero rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git git+ssh '
                      'ws wss').split()
uses_params = [''] + ('ftp hdl prospero http imap https shttp rtsp rtsps rtspu sip sips '
                      'mms sftp tel').split()
non_hierarchical = 'gopher hdl mailto news telnet wais imap snews sip sips'.split()
uses_query = [''] + 'http wais imap https shttp mms gopher rtsp rtsps rtspu sip sips'.split()
uses_fragment = [''] + ('ftp hdl http gopher news nntp wais https shttp snews file '
                        'prospero').split()

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
scheme_chars = _LOWER + _LOWER.upper() + '0123456789' + '+-.'

# Stripped from the front of a URL (C0 controls and space), and removed everywhere.
_C0_AND_SPACE = ''.join(map(chr, range(0x21)))
_DROPPED = '\t\r\n'


def clear_cache():
    """Clear internal caches (kept for compatibility; pymm caches nothing here)."""


def _same(value):
    return value


def _to_ascii(value):
    return value.encode('ascii', 'strict')


def _text_args(*args):
    # All-str arguments pass through; bytes-like ones are decoded as ASCII, and the second
    # result turns a str result back into the caller's kind.
    want_str = isinstance(args[0], str)
    for other in args[1:]:
        if other and isinstance(other, str) != want_str:
            raise TypeError('Cannot mix str and non-str arguments')
    if want_str:
        return args + (_same,)
    decoded = tuple(a.decode('ascii', 'strict') if a else '' for a in args)
    return decoded + (_to_ascii,)


class _TextParts:
    """Turns a str result into its bytes counterpart."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ByteParts:
    """Turns a bytes result into its str counterpart."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


class _NetlocParts:
    """username, password, hostname and port, read from the netloc field."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # Only the part before an IPv6 zone ('%eth0') is lower-cased.
        head, pct, zone = host.partition('%' if isinstance(host, str) else b'%')
        return head.lower() + pct + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f'Port could not be cast to integer value as {text!r}')
        number = int(text if isinstance(text, str) else text.decode('ascii'))
        if number < 0 or number > 65535:
            raise ValueError('Port out of range 0-65535')
        return number

    __class_getitem__ = classmethod(_types.GenericAlias)


def _userinfo_of(netloc, at, colon):
    info, found, _host = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_pw, pw = info.partition(colon)
    return user, (pw if has_pw else None)


def _hostinfo_of(netloc, at, colon, open_br, close_br):
    hostport = netloc.rpartition(at)[2]
    before, bracket, inside = hostport.partition(open_br)
    if bracket:
        host, _, after = inside.partition(close_br)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return host, (port or None)


class _TextNetloc(_NetlocParts, _TextParts):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _userinfo_of(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _hostinfo_of(self.netloc, '@', ':', '[', ']')


class _ByteNetloc(_NetlocParts, _ByteParts):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _userinfo_of(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _hostinfo_of(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = _record('DefragResult', 'url fragment')
_SplitResultBase = _record('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _record('ParseResult', 'scheme netloc path params query fragment')
_DefragResultBase.__doc__ = 'DefragResult(url, fragment): a URL and its fragment, split.'
_SplitResultBase.__doc__ = 'SplitResult(scheme, netloc, path, query, fragment): urlsplit() parts.'
_ParseResultBase.__doc__ = ('ParseResult(scheme, netloc, path, params, query, fragment): '
                            'urlparse() parts.')

ResultBase = _TextNetloc


def _joined_defrag(self):
    sep = '#' if isinstance(self.url, str) else b'#'
    return self.url + sep + self.fragment if self.fragment else self.url


def _result_pair(name, base, unsplit):
    # The str result class and its bytes twin, each knowing the other.
    def geturl(self):
        return unsplit(self)

    text_cls = type(name, (base, _TextNetloc if unsplit else _TextParts),
                    {'__slots__': (), 'geturl': geturl, '__module__': __name__})
    bytes_cls = type(name + 'Bytes', (base, _ByteNetloc if unsplit else _ByteParts),
                     {'__slots__': (), 'geturl': geturl, '__module__': __name__})
    text_cls._encoded_counterpart = bytes_cls
    bytes_cls._decoded_counterpart = text_cls
    return text_cls, bytes_cls


DefragResult, DefragResultBytes = _result_pair('DefragResult', _DefragResultBase, None)
DefragResult.geturl = DefragResultBytes.geturl = _joined_defrag
SplitResult, SplitResultBytes = _result_pair('SplitResult', _SplitResultBase,
                                             lambda parts: urlunsplit(parts))
ParseResult, ParseResultBytes = _result_pair('ParseResult', _ParseResultBase,
                                             lambda parts: urlunparse(parts))


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or len(part) > 3 or not (part.isdigit() and part.isascii()):
            return False
        if int(part) > 255 or (len(part) > 1 and part[0] == '0'):
            return False
    return True


def _is_ipv6(text):
    address, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    if address.count('::') > 1:
        return False
    groups_wanted = 8
    if '.' in address.rpartition(':')[2]:
        if not _is_ipv4(address.rpartition(':')[2]):
            return False
        address = address.rpartition(':')[0] + ':0:0'
    halves = address.split('::')
    pieces = [h.split(':') if h else [] for h in halves]
    count = sum(len(p) for p in pieces)
    if len(halves) == 2:
        if count > groups_wanted - 1:
            return False
    elif count != groups_wanted:
        return False
    for group in pieces:
        for word in group:
            if not 1 <= len(word) <= 4 or any(c not in '0123456789abcdefABCDEF' for c in word):
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        dot = host.find('.')
        digits = host[1:dot] if dot > 0 else ''
        if (not digits or dot == len(host) - 1
                or any(c not in '0123456789abcdefABCDEF' for c in digits)):
            raise ValueError('IPvFuture address is invalid')
    elif _is_ipv4(host):
        raise ValueError('An IPv4 address cannot be in brackets')
    elif not _is_ipv6(host):
        raise ValueError(f'{host!r} does not appear to be an IPv4 or IPv6 address')


def _checknetloc(netloc):
    if netloc.isascii():
        return
    import unicodedata
    bare = netloc
    for ch in '@:#?':
        bare = bare.replace(ch, '')
    folded = unicodedata.normalize('NFKC', bare)
    if folded != bare and any(ch in folded for ch in '/?#@:'):
        raise ValueError(f"netloc '{netloc}' contains invalid characters under NFKC normalization")


def _cut_netloc(rest):
    # rest starts after '//': the authority runs to the first '/', '?' or '#'.
    end = len(rest)
    for stop in '/?#':
        at = rest.find(stop)
        if 0 <= at < end:
            end = at
    return rest[:end], rest[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment); % escapes stay as they are."""
    url, scheme, back = _text_args(url, scheme)
    url = ''.join(c for c in url.lstrip(_C0_AND_SPACE) if c not in _DROPPED)
    scheme = ''.join(c for c in scheme.strip(_C0_AND_SPACE) if c not in _DROPPED)
    netloc = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    if url.startswith('//'):
        netloc, url = _cut_netloc(url[2:])
        has_open, has_close = '[' in netloc, ']' in netloc
        if has_open != has_close:
            raise ValueError('Invalid IPv6 URL')
        if has_open:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    fragment = query = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _checknetloc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    # params follow the first ';' of the last path segment.
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, back = _text_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return back(ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment))


def urlunsplit(components):
    """Join a (scheme, netloc, path, query, fragment) iterable back into a URL."""
    scheme, netloc, path, query, fragment, back = _text_args(*components)
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    text = f'{scheme}:{path}' if scheme else path
    if query:
        text += '?' + query
    if fragment:
        text += '#' + fragment
    return back(text)


def urlunparse(components):
    """Join a (scheme, netloc, path, params, query, fragment) iterable back into a URL."""
    scheme, netloc, path, params, query, fragment, back = _text_args(*components)
    if params:
        path = f'{path};{params}'
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _drop_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] == '.' or segments[-1] == '..':
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _text_args(base, url)
    b = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc and netloc:
        return back(urlunparse((scheme, netloc, path, params, query, fragment)))
    if scheme in uses_netloc:
        netloc = b.netloc
    if not (path or params):
        return back(urlunparse((scheme, netloc, b.path, b.params, query or b.query, fragment)))
    segments = path.split('/')
    if not path.startswith('/'):
        base_dirs = b.path.split('/')
        if base_dirs[-1]:
            base_dirs.pop()
        segments = base_dirs + segments
        # Empty segments in the middle collapse ('a//b' joins as 'a/b').
        segments[1:-1] = [s for s in segments[1:-1] if s]
    new_path = '/'.join(_drop_dot_segments(segments)) or '/'
    return back(urlunparse((scheme, netloc, new_path, params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: DefragResult(url without fragment, fragment)."""
    url, back = _text_args(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    rest = urlunparse(parts[:5] + ('',))
    return back(DefragResult(rest, parts.fragment))


_HEX = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    """Decode %xx escapes to bytes: unquote_to_bytes('a%20b') == b'a b'."""
    if not string:
        string.split  # a non-string falsy argument raises AttributeError here
        return b''
    raw = string.encode('utf-8') if isinstance(string, str) else string
    first, *escapes = raw.split(b'%')
    if not escapes:
        return raw
    out = bytearray(first)
    for chunk in escapes:
        code = chunk[:2]
        if len(code) == 2 and code[0] in b'0123456789ABCDEFabcdef' and code[1] in b'0123456789ABCDEFabcdef':
            out.append(int(code.decode('ascii'), 16))
            out += chunk[2:]
        else:
            out += b'%'
            out += chunk
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes with the characters they encode (decoded with encoding)."""
    if isinstance(string, bytes):
        return bytes.decode(unquote_to_bytes(string), encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # Runs of ASCII are unquoted and decoded together; other characters stay as they are.
    out = []
    run_start = None
    for at, ch in enumerate(string + '\x80'):
        if ch < '\x80':
            if run_start is None:
                run_start = at
            continue
        if run_start is not None:
            out.append(unquote_to_bytes(string[run_start:at]).decode(encoding, errors))
            run_start = None
        out.append(ch)
    out.pop()
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote(), with '+' read as a space first (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))


class _Quoter(dict):
    """byte value -> its text in a quoted string (itself when safe, else '%XX')."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f'<Quoter {dict(self)!r}>'

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else f'%{byte:02X}'
        self[byte] = text
        return text


_quoters = {}


def __getattr__(name):
    if name == 'Quoter':
        import warnings
        warnings.warn('Deprecated in 3.11. urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.', DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes: %-escape every byte that is not safe; returns ASCII str."""
    if not isinstance(bs, bytes) and not isinstance(bs, bytearray):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    # Non-ASCII characters in safe are ignored.
    safe = bytes(b for b in (safe.encode('ascii', 'ignore') if isinstance(safe, str) else safe)
                 if b < 128)
    if not bs.rstrip(safe + _ALWAYS_SAFE_BYTES):
        return bs.decode()
    quoter = _quoters.get(safe)
    if quoter is None:
        quoter = _quoters[safe] = _Quoter(safe)
    return ''.join([quoter[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def': %-escape all but letters, digits, '_.-~' and safe."""
    if not isinstance(string, str):
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() that writes spaces as '+' (and quotes '+' itself), for HTML form values."""
    space = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding=encoding, errors=errors)
    extra = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + extra, encoding, errors).replace(' ', '+')


def _encode_value(value, quote_via, safe, encoding, errors):
    if isinstance(value, bytes):
        return quote_via(value, safe)
    return quote_via(str(value), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k1=v1&k2=v2'."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) > 0 and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err
    fields = []
    for key, value in query:
        name = _encode_value(key, quote_via, safe, encoding, errors)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(name + '=' + _encode_value(value, quote_via, safe, encoding, errors))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(name + '=' + quote_via(str(value), safe, encoding, errors))
            continue
        for item in value:
            fields.append(name + '=' + _encode_value(item, quote_via, safe, encoding, errors))
    return '&'.join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, back = _text_args(qs)
    separator, _unused = _text_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None and max_num_fields < (qs.count(separator) + 1 if qs else 0):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else ()):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError(f'bad query field: {field!r}')
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = back(unquote(name.replace('+', ' '), encoding=encoding, errors=errors))
            value = back(unquote(value.replace('+', ' '), encoding=encoding, errors=errors))
            pairs += [(name, value)]
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'; other strings unchanged."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url
`;
