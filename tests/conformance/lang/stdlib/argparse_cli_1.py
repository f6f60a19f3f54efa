# argparse as command-line tools use it: help and usage layout, parsing of options,
# positionals, nargs, types, choices, groups, sub-commands, and the error messages.
import os
os.environ['COLUMNS'] = '80'  # the help width, as a terminal would give it
import argparse, sys
p = argparse.ArgumentParser(prog='tool', description='Process some integers.', epilog='Bye.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='mode to use')
p.add_argument('--name', required=False, help='a name')
p.add_argument('-q', action='store_true')
p.add_argument('--tag', action='append', help='tags')
p.add_argument('--ratio', type=float, default=0.5, metavar='R')
p.add_argument('out', nargs='?', default='-')
p.print_help()
a = p.parse_args(['1', '2', '3', '--sum', '-vv', '--tag', 'x', '--tag=y', '-q', '--mode', 'slow'])
print(a)
print(a.accumulate(a.integers), a.verbose, a.tag, a.q, a.mode, a.out, vars(a) == a.__dict__)
print(p.parse_args(['7']))
print(p.format_usage(), end='')
for bad in [[], ['x'], ['1', '--mode', 'medium'], ['1', '--ratio'], ['1', '--bogus'], ['1', '--ratio', 'abc']]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns)
s = argparse.ArgumentParser(prog='git')
sub = s.add_subparsers(dest='cmd')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
push = sub.add_parser('push')
push.add_argument('remote', nargs='?', default='origin')
print(s.parse_args(['commit', '-m', 'hi']), s.parse_args(['push']), s.parse_args([]))
s.print_help()
try:
    s.parse_args(['commit'])
except SystemExit as e:
    print('exit', e.code)
g = argparse.ArgumentParser(prog='g')
m = g.add_mutually_exclusive_group()
m.add_argument('--a', action='store_true')
m.add_argument('--b', action='store_true')
print(g.parse_args(['--a']))
try:
    g.parse_args(['--a', '--b'])
except SystemExit as e:
    print('exit', e.code)
g.set_defaults(extra=5)
print(g.parse_args([]), g.get_default('extra'))
print(g.parse_known_args(['--a', 'rest', '--zzz']))
