import sys

try:
    sys.exit(5)
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit code', repr(e.code))
print('exiting with status 3')
sys.exit(3)
