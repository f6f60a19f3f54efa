tests = [
 "'abcabc'.count('b', 2)", "'abcabc'.count('b', 0, 2)", "'aaaa'.count('aa')", "'abc'.count('')", "'abc'.count('', 1)", "'héllo'.count('')",
 "'abc'.startswith('b', 1)", "'abc'.startswith('a', 0, 0)", "'abc'.endswith('b', 0, 2)", "'abc'.endswith(('x', 'c'))", "'abc'.startswith(1)",
 "'abc'.find('c', None, None)", "'abc'.find('')", "'abc'.find('', 5)", "'abc'.rfind('')", "'abc'.index('z')", "'abc'.rindex('z')",
 "' a  b '.split(' ')", "'a\\tb\\nc'.split()", "''.split()", "''.split(',')", "'a,b,'.rsplit(',', 1)", "'  a b  '.rsplit(None, 1)", "'abc'.split('')",
 "'aaa'.replace('a', 'b', 0)", "'abc'.replace('', '-')", "'abc'.replace('', '-', 2)", "'abc'.replace('b', '')",
 "'é'.upper()", "'ǆ'.upper()", "'ﬃ'.upper()", "'ABC'.lower()", "'ÀÉ'.lower()",
 "'x'.join([1])", "'-'.join(('a',))", "'-'.join([])", "'a' in 'abc'", "'' in 'abc'",
 "'a\\r\\nb\\rc'.splitlines()", "'a\\r\\nb\\rc'.splitlines(keepends=True)", "'\\n'.splitlines()", "''.splitlines()",
 "'abc'.strip('')", "'  x  '.lstrip()", "'xyx'.rstrip('x')", "'abc'.strip(None)", "'abc'.strip(5)",
 "'%s' % ([1],)", "'%-6.2f|' % 2.5", "'%+d %05d %x %X %o %#x %#o' % (5, -42, 255, 255, 8, 255, 8)", "'%10r' % 'a'", "'%.3s' % 'abcdef'", "'%%'  % ()",
 "'{:,}'.format(1234567)", "'{:_}'.format(1234567)", "'{:08.3f}'.format(-3.14159)", "'{:e}'.format(12345.678)", "'{:g}'.format(0.00001234)", "'{:%}'.format(0.25)",
 "'{!a}'.format('é')", "'{:c}'.format(65)", "'{:b}'.format(10)", "'{:#b}'.format(10)", "'{:^10}'.format('mid')", "'{:*<6}'.format(1)", "'{0}{1}{0}'.format('a', 'b')",
 "format(3.0, '')", "format(1e20, 'n')", "'{:.2%}'.format(1/3)", "f'{3.14159:.2f}'", "f'{42:>5}'", "f'{\"x\"!r}'", "ascii('é')", "repr('é\\x00\\u200b')",
 "str.upper('a')", "str.join(',', ['a', 'b'])", "'abc'[::-1]", "'abc' * -1", "'abc' < 'abd'", "sorted('bca')", "'a'.__len__()", "ord('😀')", "chr(0x1F600)",
 "'abc'.__contains__('b')", "'Hello'.encode('utf-8').hex()", "'abc'.isalnum()", "len('😀é')",
]
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(t, '=>', r)
