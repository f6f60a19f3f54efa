# dictview_repr runs inside Py_ReprEnter(view): a view reached again inside its own repr prints '...'.
d = {}
d[42] = d.values()
print(repr(d))
d[42] = d.items()
print(repr(d))
d[42] = d.keys()
print(repr(d))
import sys
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {42: d.values()}
try:
    repr(d)
except RecursionError as e:
    print('RecursionError', e)
