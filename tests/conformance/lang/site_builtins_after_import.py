# exit/quit/help/copyright come from site; importing _sitebuiltins first must not hide them,
# and a name deleted from builtins stays deleted.
import _sitebuiltins
import builtins

print(repr(exit), repr(quit))
print(type(help).__name__, type(copyright).__name__)
del builtins.quit
try:
    quit
except NameError as e:
    print("NameError:", e)
print(hasattr(builtins, "quit"), hasattr(builtins, "exit"))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
