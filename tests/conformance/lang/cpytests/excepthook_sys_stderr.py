# sys.excepthook and sys.__excepthook__ write to sys.stderr as it is now (PyErr_Display),
# so a redirected stderr captures the report.
import io
import sys


class A:
    blech = 1


try:
    A().bluch
except AttributeError:
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        sys.__excepthook__(*sys.exc_info())
        sys.excepthook(*sys.exc_info())
    finally:
        sys.stderr = saved
print(buf.getvalue().count("Traceback"), buf.getvalue().splitlines()[-1])


def hook(t, v, tb):
    print("custom hook:", t.__name__, v)
    sys.__excepthook__(t, v, tb)


sys.excepthook = hook
sys.stderr = sys.stdout
raise KeyError("gone")
