# The site builtins: exit/quit reprs and SystemExit codes, copyright/credits/license,
# help's repr; the program ends through quit(message) (stderr, status 1).
import sys
print(repr(exit), repr(quit), repr(help), sep='\n')
print(copyright)
print(repr(credits))
print(repr(license))
print('_sitebuiltins' in sys.modules, type(exit).__module__, type(exit).__qualname__, exit.name, exit.eof)
for code in (None, 0, 3, 'text'):
    try:
        exit(code)
    except SystemExit as e:
        print('exit', repr(code), '->', repr(e.code), e.args)
try:
    quit()
except SystemExit as e:
    print('quit ->', e.code)
print('exit' in dir(__builtins__), callable(exit))
quit('goodbye from quit')
