print('a', 'b', 'c')
print('a', 'b', sep='')
print('x', end='|')
print('y', end='\n')
print()
print(1, 2.0, None, [3], sep=', ', end='.\n')
print('multi\nline')
import sys

print('to stdout', file=sys.stdout)
sys.stdout.write('written\n')
print('to stderr', file=sys.stderr)
print(*range(3))
