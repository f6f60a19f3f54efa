# A missing attribute of sys (whose structseqs are made lazily) and of other modules.
import sys, math, traceback
print(sys.version_info[:2], sys.flags.optimize, sys.implementation.name, hasattr(sys, 'nope'))
for name in ['argvv', 'maxsize2', 'getrefcount']:
    try:
        print(name, callable(getattr(sys, name)))
    except AttributeError as e:
        print(repr(e), e.name, e.obj is sys)
        traceback.print_exc()
try:
    math.sqr(4)
except AttributeError:
    traceback.print_exc()
print(sys.stdoutt)
