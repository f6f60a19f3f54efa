tests = [
 "'hello wORLD'.title()", "'1st 2nd'.title()", "'ǆemal'.capitalize()", "'ß'.title()", "'ﬁsh'.title()", "'ΣΑΣ ΣΑΣ'.lower()", "'ΣΑΣ'.casefold()",
 "'Hello World'.istitle()", "'Hello world'.istitle()", "'HELLO'.istitle()", "''.istitle()", "'123'.isupper()", "'A1'.isupper()", "'ǅ'.isupper()",
 "'ab\\tc\\td'.expandtabs(3)", "'a\\r\\tb\\n\\tc'.expandtabs(4)", "'é\\tx'.expandtabs()", "'😀'.center(5, '*')", "'ab'.center(5, 'xy')", "'ab'.ljust(3, 5)",
 "'abc'.removeprefix('')", "'abc'.removeprefix('abcd')", "'x'.removeprefix(1)", "'{0}'.format_map({})", "'{x[1]}{y.real}'.format_map({'x': 'ab', 'y': 3})",
 "'{k}'.format_map({})", "'abc'.translate({ord('a'): 'xyz', ord('b'): None})", "'abc'.translate([None, 'q'] * 60)", "'abc'.translate({97: 'x'.join})",
 "str.maketrans('ab', 'c')", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})", "str.maketrans(1)", "'x'.maketrans('a', 'b')",
 "'é€😀'.encode('utf-16-le')", "'é€😀'.encode('utf-32')", "'é€😀'.encode('utf-16-be').decode('utf-16-be')", "'abc'.encode('utf-8-sig')",
 "'a€b'.encode('latin-1', 'backslashreplace')", "'a€😀b'.encode('ascii', 'xmlcharrefreplace')", "'a€😀b'.encode('ascii')", "'a€😀b'.encode('latin-1')",
 "'x'.encode(errors='bogus')", "'é'.encode('ascii', 'bogus')", "'x'.encode(5)", "b'\\xe2\\x82'.decode()", "b'\\xe2\\x82x'.decode()", "b'a\\xc0\\x80'.decode()",
 "b'\\xed\\xa0\\x80'.decode()", "b'\\xf4\\x90\\x80\\x80'.decode()", "b'a\\xffb\\xfe'.decode('utf-8', 'replace')", "b'a\\xffb'.decode('utf-8', 'ignore')",
 "b'a\\xffb'.decode('utf-8', 'backslashreplace')", "b'a\\xffb'.decode('utf-8', 'surrogateescape')", "b'a\\xe9'.decode('ascii')", "b'\\xff\\xfea\\x00'.decode('utf-16')",
 "b'a\\x00b'.decode('utf-16')", "b'abc'.decode(encoding='latin1')", "str(b'\\xc3\\xa9', 'utf-8')", "str(b'abc', encoding='ascii')", "str('abc', 'utf-8')", "str(5, 'utf-8')",
 "bytes('é', 'latin-1')", "bytes('€', 'ascii')", "bytes('x', 5)", "'abc'.encode('UTF_8')", "'abc'.encode('Latin_1')", "b'\\xef\\xbb\\xbfabc'.decode('utf-8-sig')",
 "'\\udcff'.encode('utf-8', 'surrogateescape')", "'\\ud800'.encode('utf-8', 'surrogatepass')", "'a\\u0300'.isalpha()", "'Ⅷ'.isalpha()", "'٣'.isdecimal()", "'½'.isnumeric()", "'½'.isdigit()",
 "'\\x1c'.isspace()", "'\\ufeff'.isspace()", "'\\x85'.isspace()", "' '.isprintable()", "'\\xa0'.isprintable()", "'a\\u200b'.isprintable()", "''.isprintable()",
 "'_a1'.isidentifier()", "'é'.isidentifier()", "'℘'.isidentifier()", "''.isidentifier()", "'a-b'.isidentifier()", "'ABC'.swapcase()", "'ǅ'.swapcase()", "'ß'.swapcase()",
 "'straße'.upper()", "'ﬁ'.upper()", "'İ'.casefold()", "'Hello'.zfill(8)", "'-'.zfill(3)", "''.zfill(2)", "'é'.zfill(3)", "'12'.zfill(-1)",
 "'abc'.isascii()", "'é'.isascii()", "''.isascii()", "'a b'.title()", "\"o'neil mc-donald\".title()", "'1a'.capitalize()", "' a'.capitalize()",
]
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(t, '=>', r)
