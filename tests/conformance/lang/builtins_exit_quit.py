import sys
print(repr(exit), repr(quit), type(exit).__name__)
def cleanup():
    print("atexit ran")
import atexit
atexit.register(cleanup)
class D:
    def __del__(self): print("del at exit")
d = D()
try:
    exit(0)
except SystemExit as e:
    print("caught", e.code, type(e.code))
try:
    quit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    exit()
except SystemExit as e:
    print("caught", e.code)
for name in ["function", "cell", "generator", "module", "code", "frame", "method", "ellipsis", "traceback"]:
    try:
        eval(name)
        print(name, "defined")
    except NameError as e:
        print(e)
import builtins
print(sorted(n for n in dir(builtins) if n.islower() and not n.startswith("_") and n not in ("breakpoint", "copyright", "credits", "help", "license")))
print("about to exit 3")
exit(3)
print("not reached")
