# urljoin (RFC 3986's examples and a few more), quote/unquote and their options.
from urllib.parse import (urljoin, quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, unwrap)

BASE = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
            'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x', 'a//b//c']:
    print(repr(ref), urljoin(BASE, ref))
print(urljoin('http://h/dir/', 'file.txt'), urljoin('http://h/dir', 'file.txt'))
print(urljoin('', 'x'), urljoin('http://h/', ''), urljoin('mailto:a@b', 'c'))
print(urljoin('http://h/a/b', '../../../x'), urljoin('http://h', 'p'), urljoin('file:///a/b', 'c'))
print(urljoin(b'http://h/a/', b'b'), urljoin('http://h/a', '//other/p?q'))
print(urljoin('http://h/a?x#y', '#z', allow_fragments=False))

for text in ['plain', 'a b', 'a+b', '/path/with spaces/', '~user', 'é漢字', 'a&b=c?d#e',
             '', "!*'();:@&=+$,/?#[]", '100%', 'tab\there']:
    print(repr(text), quote(text), quote(text, safe=''), quote(text, safe='/:'),
          quote_plus(text), quote_plus(text, safe='/'))
print(quote(b'\x00\xff bytes'), quote('é', encoding='latin-1'), quote('ü€', 'x', 'ascii', 'replace'))
print(quote_plus(b'a b+c'), quote_from_bytes(b'a/b c'), quote_from_bytes(bytearray(b'~x'), safe=b'x'))
print(quote('abc', safe='é'), quote('aé', safe='é'))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote_from_bytes('str'), lambda: quote('é', encoding='ascii'),
            lambda: quote(5)]:
    try:
        print(bad())
    except (TypeError, UnicodeEncodeError, AttributeError) as e:
        print(type(e).__name__, e)

for text in ['a%20b', 'a+b', '%7e%7E', '%C3%A9', '%E9', '%zz', '%', 'abc%2', '%%41', 'é%20',
             'x%C3', '%41%42%43', '']:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)), unquote_to_bytes(text))
print(unquote('%E9', encoding='latin-1'), repr(unquote('%E9', errors='strict' if False else 'ignore')))
print(unquote(b'a%20b'), unquote_to_bytes(b'%41%4'), unquote_plus('a+b%2B'))
try:
    unquote('%E9', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    unquote(None)
except TypeError as e:
    print('TypeError', e)
print(unwrap('<URL:http://x/y>'), unwrap('  <http://z>  '), unwrap('URL:  a '))
