# sys.excepthook and sys.displayhook called directly, as test_sys does: a value that is no
# exception is reported (never printed as one), METH_O argument errors, lost sys.stdout.
import sys, io
sys.excepthook(1, '1', 1)
sys.excepthook(ValueError, ValueError("x"), None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
class E(Exception): pass
sys.excepthook(E, E("hi"), None)
sys.excepthook(int, 5, None)
sys.__excepthook__(TypeError, TypeError("t"), None)
dh = sys.__displayhook__
dh(42)
import builtins
print(builtins._)
dh(None)
sys.displayhook("s")
try:
    dh()
except TypeError as e:
    print(e)
stdout = sys.stdout
try:
    del sys.stdout
    dh(42)
except RuntimeError as e:
    sys.stdout = stdout
    print("RT", e)
