# traceback.format_exc / print_exc / format_exception with limit=, and sys.tracebacklimit
# (the traceback module keeps the first entries, the interpreter the last ones).
import sys, traceback
def a(n):
    if n == 0:
        raise ValueError("deep")
    a(n - 1)
try:
    a(3)
except ValueError:
    for lim in (None, 0, 1, 2, -1, -2, 10, -10):
        print("limit", lim)
        print(traceback.format_exc(limit=lim).replace(__file__, "FILE"))
    traceback.print_exc(limit=1)
    print([s.replace(__file__, "FILE") for s in traceback.format_exception(*sys.exc_info(), limit=-1)])
    sys.tracebacklimit = 2
    print(traceback.format_exc().replace(__file__, "FILE"))
    sys.tracebacklimit = -5
    print(traceback.format_exc().replace(__file__, "FILE"))
    try:
        traceback.format_exc(limit="x")
    except TypeError as e:
        print(e)
sys.tracebacklimit = 2
a(4)
