tests = [
 "'a\tb\tc'.expandtabs()", "'a\tb'.expandtabs(4)", "'ab\ncd\r\nef'.splitlines()", "'ab\ncd\r\nef\n'.splitlines(True)",
 "'42'.zfill(5)", "'-42'.zfill(5)", "'ab'.center(7,'*')", "'ab'.ljust(5,'-')", "'ab'.rjust(5,'-')",
 "'Straße'.casefold()", "'hello world'.title()", "'Hello'.swapcase()", "'abc'.isidentifier()", "'1a'.isidentifier()",
 "'123'.isdigit()", "'12.3'.isdecimal()", "'Ⅻ'.isnumeric()", "'abc'.isalpha()", "'ab1'.isalnum()", "'  '.isspace()",
 "'Ab'.istitle()", "'AB'.isupper()", "'ab'.islower()", "'ab'.isascii()", "'ab\\x00'.isprintable()",
 "'{a}-{b}'.format_map({'a':1,'b':2})", "'héllo'.encode('utf-8')", "b'h\\xc3\\xa9'.decode('utf-8')", "'abc'.encode()",
 "'a=b=c'.partition('=')", "'a=b=c'.rpartition('=')", "'abc'.partition('x')", "'abc'.rpartition('x')",
 "'abc'.translate(str.maketrans('ab','xy'))", "'abc'.translate({97: None})", "str.maketrans({'a':'1'})", "str.maketrans('ab','cd','e')",
 "'abc'.translate(str.maketrans('','','b'))", "'a,b,,c'.split(',')", "'a b  c'.split(None, 1)", "'a b c'.rsplit(None,1)",
 "'abcabc'.count('b')", "'abc'.startswith(('x','a'))", "'abc'.endswith('bc', 1)", "'abcabc'.rfind('b')", "'abcabc'.rindex('b')",
 "'abc'.removeprefix('a')", "'abc'.removesuffix('c')", "'  ab '.strip()", "'xxabxx'.strip('x')", "'ab'.lstrip('a')",
 "'%s=%d' % ('a', 3)", "'%5.2f|%-5s|%x|%o|%e|%r' % (3.14159, 'ab', 255, 8, 12345.678, 'q')", "'AbC'.lower()", "'abc'.upper()",
 "'ab'.capitalize()", "'abc'.index('c')", "','.join(['a','b'])", "'ab'*3", "'a\\tb'.expandtabs(0)",
 "'ǅ'.istitle()", "'ß'.upper()", "'İ'.lower()", "'hello'.encode('ascii')", "'héllo'.encode('latin-1')", "'héllo'.encode('ascii', 'ignore')",
 "'héllo'.encode('ascii', 'replace')", "b'abc'.decode()", "b'\\xff'.decode('utf-8', 'replace')", "b'\\xff'.decode('latin-1')",
 "bytes('abc', 'utf-8')", "str(b'abc', 'ascii')", "'abc'.encode('utf8')", "'x'.encode('UTF-8')", "'\\u20ac'.encode('utf-16')",
 "'a\\u2028b'.splitlines()", "'a\\x0cb\\x1cc'.splitlines()", "'1,2'.split(',', maxsplit=1)", "'ab'.center(6)", "'ab'.center(5,'x')",
 "'abc'.find('b', 1, 2)", "'a'.join('xyz')", "'hello world'.capitalize()", "\"they're bill's\".title()", "'ab'.isdigit()", "'²'.isdigit()", "'²'.isdecimal()",
 "str.maketrans('a','bc')", "'abc'.translate('xyz')", "'%c' % 65", "'%(a)s' % {'a': 1}", "'{:>8}'.format('x')", "'{0!r:^9}'.format('x')",
 "'a'.encode('foo')", "b'\\xff'.decode()", "'\\ud800'.encode()", "'abc'.zfill(2)", "'+5'.zfill(4)", "'ab'.expandtabs(-1)",
]
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(t, '=>', r)
