# The site builtins exit() and quit(): their reprs, SystemExit codes, and exit(msg) at the end.
import sys

print(repr(exit), str(quit), type(exit).__name__, type(exit).__module__)
for code in (None, 0, 3, "text"):
    try:
        exit(code)
    except SystemExit as e:
        print("caught", repr(e.code), e.args)
try:
    quit()
except SystemExit as e:
    print("quit", e.code)
print("stdin closed:", sys.stdin.closed)
print("last line before exit", flush=True)
exit("fatal: configuration missing")
