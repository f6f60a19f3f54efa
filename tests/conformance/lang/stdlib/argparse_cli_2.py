# argparse as command-line tools use it: help and usage layout, parsing of options,
# positionals, nargs, types, choices, groups, sub-commands, and the error messages.
import os
os.environ['COLUMNS'] = '80'  # the help width, as a terminal would give it
import argparse, sys
def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value
p = argparse.ArgumentParser(prog='prog', description='A tool with a rather long description that certainly needs to be wrapped over more than one line of the help output.', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--count', type=positive, default=3, help='how many times to repeat the greeting to the person who is being greeted today')
p.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'), help='a point')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colors')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--a-very-long-option-name-indeed', help='long option')
g = p.add_argument_group('network', 'Options for the network.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, default=8080)
p.add_argument('files', nargs='*', help='input files')
p.print_help()
print(p.parse_args(['--count', '2', '--point', '1', '2.5', '--no-color', 'a', 'b']))
print(p.parse_args(['--cou', '5', '--', '-x', '--y']))
print(p.parse_args(['--host=example.org', '--port', '99']))
for bad in [['--count', '0'], ['--count', 'x'], ['--point', '1'], ['--p', '1', '2'], ['--co', '1']]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
q = argparse.ArgumentParser(prog='calc', exit_on_error=False)
q.add_argument('n', type=int)
q.add_argument('-x', type=int)
print(q.parse_args(['-5']) if False else q.parse_args(['5', '-x', '-3']))
try:
    q.parse_args(['z'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
r = argparse.ArgumentParser(prog='r')
r.add_argument('-a', action='store_true')
r.add_argument('-b', action='store_true')
r.add_argument('-c')
print(r.parse_args(['-ab', '-cfoo']), r.parse_args(['-ac', 'bar']))
try:
    r.add_argument('-a')
except argparse.ArgumentError as e:
    print(e)
try:
    r.add_argument('x', required=True)
except TypeError as e:
    print(e)
print(repr(r.parse_args([])))
h = argparse.ArgumentParser(prog='h', add_help=False, usage='%(prog)s [stuff]')
h.add_argument('x')
h.print_help()
t = argparse.ArgumentParser(prog='with-a-rather-long-program-name-for-wrapping-the-usage-line-test')
for i in range(8):
    t.add_argument(f'--option-number-{i}', metavar='VALUE')
t.add_argument('input')
t.print_usage()
