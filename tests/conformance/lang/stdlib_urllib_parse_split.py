# urlparse / urlsplit / urlunparse / urlunsplit / urldefrag and the result objects.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urldefrag,
                          ParseResult, SplitResult, DefragResult, ParseResultBytes)
import urllib.parse

URLS = [
    'http://www.example.com/path/to/page.html?x=1&y=2#section',
    'https://user:secret@Host.Example.ORG:8443/a;b/c;params?q#f',
    'HTTP://EXAMPLE.com',
    'ftp://ftp.example.com/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com?subject=hi',
    'urn:isbn:0451450523',
    '//netloc/only/path',
    '/just/a/path?q=1',
    'relative/path;p?x#y',
    'path:80',
    'http://[::1]:8080/ipv6',
    'http://[2001:db8::7]/x',
    'http://[fe80::1%25eth0]/zone',
    'http://h:/empty-port',
    'http://user@host',
    'http://user:@host',
    'http://:pw@host',
    '  \thttp://strip.example.com/ leading',
    'http://ex\tam\nple.com/p\rath',
    'http://host#frag?notquery',
    'svn+ssh://svn.example.com/repo',
    'a1+-.:rest',
    '1http://x',
    '',
    '#only-fragment',
    '?only=query',
    'http://host/path;a;b',
    'sip:alice@atlanta.com;transport=tcp',
    'tel:+1-816-555-1212;ext=1',
    'HtTpS://Mixed.Case/Path',
    'http://münchen.de/straße',
]
for url in URLS:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url))
    print('  ', p)
    print('  ', s)
    print('  ', p.username, p.password, p.hostname, p.port, repr(p.geturl()), repr(s.geturl()))
    print('  ', urlunparse(p) == p.geturl(), urlunsplit(s))

print(urlparse('www.example.com/x', scheme='https'))
print(urlsplit('http://h/p#frag', allow_fragments=False))
print(urlparse('//h/p', 'ftp'))
print(urlparse(b'http://h:81/p;x?q#f'))
r = urlsplit(b'https://u:p@h.com:99/')
print(r.hostname, r.port, r.username, r.password, r.geturl(), r.decode())
print(urlparse('http://h/p').encode(), type(urlparse('http://h/p').encode()).__name__)
print(isinstance(urlparse('x'), tuple), urlparse('http://a/b')[1], len(urlsplit('x')))
print(urlparse('http://a/b')._replace(scheme='https', path='/c').geturl())
print(ParseResult._fields, SplitResult._fields, DefragResult._fields)
print(urlunparse(('http', 'h', '/p', 'pa', 'q', 'f')), urlunparse(('', '', 'p', '', '', '')))
print(urlunsplit(['https', 'h', 'no-slash', '', '']), urlunsplit(('file', '', '/x', '', '')))
print(urlunsplit(('http', '', '//x', '', '')), urlunsplit(('mailto', '', 'a@b', 'subject=x', '')))
print(urlunparse((b'http', b'h', b'/p', b'', b'', b'')))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'/x#y'))
print(urldefrag('http://h/p#f').geturl(), urldefrag('http://h/p;a?#f'))
print(ParseResultBytes.__mro__[1].__name__, urllib.parse.uses_netloc[:4], urllib.parse.scheme_chars)

for bad in ['http://[::1/x', 'http://::1]/x', 'http://[1.2.3.4]/', 'http://[vz.x]/',
            'http://[v1.x]/', 'http://[nothex]/', 'http://[1:2:3]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for netloc in ['h:abc', 'h:70000', 'h:-1', 'h: 8']:
    try:
        print(urlsplit('http://' + netloc).port)
    except ValueError as e:
        print(netloc, 'ValueError', e)
try:
    urlparse('http://x', b'http')
except TypeError as e:
    print('TypeError', e)
try:
    urlparse('http://\uff03x.com')
except ValueError as e:
    print('ValueError', e)
