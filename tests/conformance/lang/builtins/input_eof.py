# input() with no stdin available raises EOFError.
try:
    line = input('prompt> ')
    print('got', repr(line))
except EOFError:
    print()
    print('EOFError')
