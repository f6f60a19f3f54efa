import argparse, sys
p = argparse.ArgumentParser(prog='tool', description='A small tool that does things.', epilog='Bye.')
p.add_argument('files', nargs='*', help='input files')
p.add_argument('-n', '--num', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--flag', action='store_true')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--csv', action='store_true')
print(p.parse_args(['--n', '3']))
print(p.parse_args(['a.txt', 'b.txt', '-vv', '--mode', 'slow', '--flag']))
ns = p.parse_args(['-n5', '--json'])
print(ns.num, ns.json, ns.csv, vars(ns))
p.print_help()
print(p.format_usage(), end='')
sub = argparse.ArgumentParser(prog='git')
sp = sub.add_subparsers(dest='cmd', required=True)
c = sp.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
sp.add_parser('push', help='upload')
print(sub.parse_args(['commit', '-m', 'hi']))
try:
    p.parse_args(['--mode', 'medium'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['--json', '--csv'])
except SystemExit as e:
    print('exit', e.code)
try:
    sub.parse_args(['commit'])
except SystemExit as e:
    print('exit', e.code)
p.parse_args(['-n', 'x'])
