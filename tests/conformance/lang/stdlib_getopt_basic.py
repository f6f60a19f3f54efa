# getopt.getopt / gnu_getopt: short clusters, long options and prefixes, errors.
import getopt

CASES = [
    (['-a', '1', '-bc', '--long=x', '--fl', 'rest', '-b'], 'a:bc', ['long=', 'flag']),
    (['-a1', '-b', '--', '-c', 'x'], 'a:bc', []),
    (['file', '-a', '1'], 'a:', []),
    (['-', '-a', '1'], 'a:', []),
    (['--long', 'value', '--flag'], '', ['long=', 'flag']),
    (['-bcb'], 'bc', []),
    (('-a', 'v', 'tail'), 'a:', ()),
    ([], 'a', []),
    (['--lo=1'], '', 'long='),
]
for args, short, longs in CASES:
    print(getopt.getopt(args, short, longs))
    print(getopt.gnu_getopt(list(args), short, longs))
print(getopt.gnu_getopt(['x', '-a1', 'y', '--long', 'v', '--', '-b'], 'a:b', 'long='))
print(getopt.gnu_getopt(['x', '-a', 'y'], '+a', []))

for args, short, longs in [(['-q'], 'a', []), (['--nope'], '', ['long']), (['-a'], 'a:', []),
                           (['--long'], '', ['long=']), (['--flag=1'], '', ['flag']),
                           (['--l'], '', ['long', 'lonely']), (['-:'], 'a:', []),
                           (['x', '--bad'], '', [])]:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn(args, short, longs))
        except getopt.GetoptError as e:
            print(fn.__name__, type(e).__name__, str(e), repr(e.opt), repr(e.msg), e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(str(e), repr(e.opt), e.args)
