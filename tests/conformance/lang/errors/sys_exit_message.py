import sys

print('fatal configuration problem')
sys.exit('error: missing setting')
