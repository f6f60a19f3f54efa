import sys

n = sys.stdout.write('abc')
sys.stdout.write('\n')
print(n)
sys.stderr.write('err line\n')
print(sys.stdout is not None, hasattr(sys.stdout, 'flush'))
sys.stdout.flush()
